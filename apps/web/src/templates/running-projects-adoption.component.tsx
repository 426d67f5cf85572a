import { apiPost } from '../api/api.client';
import type { TemplateAdoptionSummary } from '../api/api.types';
import { AnswerButton } from '../shared/answer-button.component';

/**
 * The office moves every project under way on a template onto its current revision, for the stages each has not
 * reached, and reads what became of them: how many moved, how many already followed it, which were refused and why.
 */
export function RunningProjectsAdoption({ templateId }: { templateId: string }) {
  return (
    <AnswerButton
      label="在办项目后续阶段改按现行版本"
      working="正在逐个改用…"
      request={() => apiPost<TemplateAdoptionSummary>(`/api/templates/${encodeURIComponent(templateId)}/adoptions`)}
      describe={(summary) => (
        <div className="success" role="status">
          在办项目 {summary.projects} 个：{summary.adopted.length} 个已改按现行版本，{summary.unchanged} 个无须改动
          {summary.refused.length > 0 && `，${summary.refused.length} 个未能改用`}。
          {summary.refused.length > 0 && (
            <ul>
              {summary.refused.map(({ code, reason }) => (
                <li key={code}>
                  {code}：{reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    />
  );
}

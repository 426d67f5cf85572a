import { useRef } from 'react';
import { apiPost } from '../api/api.client';
import type { TemplateSummary } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { navigate } from '../app/router';
import { referenceOptions, useNames } from '../reference/reference-names.context';
import { ActionForm, FieldSpec, FieldValues } from '../shared/action-form.component';
import { LoadState } from '../shared/load-state.component';

/** 项目登记: the office enters a project; its workflow starts at once with the chosen template's first stage. */
export function RegisterProjectPage() {
  const names = useNames();
  const { data: templates, error } = useApi<TemplateSummary[]>('/api/templates', { live: false });
  const registered = useRef('');
  if (!templates) return <LoadState what="阶段模板" error={error} />;
  const fields: FieldSpec[] = [
    { name: 'code', label: '项目代码', kind: 'text', hint: '投资项目统一代码，如 2026-341521-48-01-000123' },
    { name: 'name', label: '项目名称', kind: 'text' },
    { name: 'township', label: '乡镇/街道', kind: 'select', options: referenceOptions(names.townships) },
    { name: 'templateId', label: '阶段模板', kind: 'select', options: templates.map((template) => ({ value: template.id, label: template.name })) },
    { name: 'totalInvestment', label: '总投资（万元）', kind: 'number' },
    { name: 'ownerUnit', label: '项目业主', kind: 'select', options: referenceOptions(names.ownerUnits) },
    { name: 'leader', label: '包抓县领导', kind: 'select', options: referenceOptions(names.leaders) },
    { name: 'plannedStart', label: '计划开工日期', kind: 'date', hint: '开工阶段须在此日前办结，此前各阶段由此按办理时限倒排；滞后一个月黄灯、三个月红灯通报' },
    { name: 'plannedCompletion', label: '计划竣工日期', kind: 'date', hint: '施工与竣工验收的终点，序时进度按计划开工至此计算' },
  ];
  // A field left empty is left out, so the API answers 必须填写 for it rather than every rule an empty value breaks.
  const register = async (values: FieldValues) => {
    const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
    const projectType = templates.find((template) => template.id === values.templateId)?.projectType;
    await apiPost('/api/projects', { ...given, projectType, totalInvestment: given.totalInvestment && Number(given.totalInvestment) });
    registered.current = values.code;
  };
  return (
    <>
      <div className="page-heading">
        <h1>项目登记</h1>
      </div>
      <ActionForm
        title="登记项目"
        fields={fields}
        submit={register}
        onDone={() => navigate(`/projects/${encodeURIComponent(registered.current)}`)}
        onCancel={() => navigate('/board')}
      />
    </>
  );
}

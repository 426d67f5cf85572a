import { ApiRefusal } from '../api/api-refusal.error';
import { fieldLabel, readableReason } from './labels';

/** What each kind of refusal means to the person who tried. */
const CONTEXT: Record<number, string> = {
  0: '无法连接服务器，请检查网络后重试',
  400: '填写内容不符合要求',
  401: '身份未通过验证',
  403: '无权进行此项操作',
  404: '对象不存在',
  409: '情况已经变化，此操作不再适用',
  429: '尝试过于频繁，请稍后再试',
  // The project's workflow did not confirm in time; what was sent may still take effect, and a repeat is refused if it did.
  503: '暂未得到确认，办理结果可能稍后生效；请稍后刷新查看，未生效再重新提交',
};

function contextOf(status: number): string {
  return CONTEXT[status] ?? (status >= 500 ? '服务器暂时无法处理，请稍后重试' : '请求未被受理');
}

/** A refusal from the API, in words: what was tried, why it was refused, and each field the API names. */
export function RefusalNotice({ action, refusal }: { action: string; refusal: ApiRefusal }) {
  return (
    <div className="refusal" role="alert">
      <p className="refusal-title">
        {action}未成功：{contextOf(refusal.status)}
      </p>
      {refusal.problems.length > 0 ? (
        <ul>
          {refusal.problems.map((problem) => (
            <li key={`${problem.field}:${problem.reason}`}>
              {fieldLabel(problem.field)}：{readableReason(problem.reason)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="refusal-detail">原因：{readableReason(refusal.message)}</p>
      )}
    </div>
  );
}

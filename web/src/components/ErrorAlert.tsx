/** A failed call, in Chinese, with its request id (for the administrator) and an optional action. */
import { ApiError } from '../api/client';
import { errorMessage } from '../i18n/zh-CN';

export function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, 'CLIENT.NETWORK', errorMessage({ code: 'CLIENT.NETWORK' }));
}

/** Only failures that may pass on their own (network, 5xx, rate limit) are worth a retry button. */
export function retryable(error: ApiError): boolean {
  return error.status === 0 || error.status >= 500 || error.status === 429;
}

export function ErrorAlert({ error, action }: { error: ApiError; action?: { label: string; onClick: () => void } }) {
  return (
    <div className="alert" role="alert">
      <span>{error.message}</span>
      {error.requestId && <span className="alert__id">（请求编号：{error.requestId}）</span>}
      {action && (
        <button type="button" className="btn btn--link" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}

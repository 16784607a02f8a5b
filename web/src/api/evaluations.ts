// Client calls of evaluations (DB1405 8.1.1), the reply slip and the 回访 survey (8.1.2).
import { request } from './client';
import type { Paged } from './types';
import type {
  CallRecord, CaseEvaluations, Evaluation, EvaluationEntry, EvaluationQuery, ReplySlip, SurveyBatch, SurveyCall, SurveyStats,
} from './evaluation-types';

function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const evaluationApi = {
  forCase(caseId: number, signal?: AbortSignal): Promise<CaseEvaluations> {
    return request<CaseEvaluations>(`/cases/${caseId}/evaluations`, { signal });
  },
  enter(caseId: number, body: EvaluationEntry): Promise<Evaluation> {
    return request<Evaluation>(`/cases/${caseId}/evaluations`, { method: 'POST', body });
  },
  replySlip(caseId: number, signal?: AbortSignal): Promise<ReplySlip> {
    return request<ReplySlip>(`/cases/${caseId}/reply-slip`, { signal });
  },
  list(params: EvaluationQuery, signal?: AbortSignal): Promise<Paged<Evaluation>> {
    return request<Paged<Evaluation>>(`/evaluations${query({ ...params })}`, { signal });
  },
  moderate(id: number, decision: 'APPROVED' | 'REJECTED', redacted?: string): Promise<Evaluation> {
    return request<Evaluation>(`/evaluations/${id}/moderation`, { method: 'POST', body: redacted === undefined ? { decision } : { decision, redacted } });
  },
};

export const surveyApi = {
  batches(signal?: AbortSignal): Promise<{ items: SurveyBatch[] }> {
    return request<{ items: SurveyBatch[] }>('/surveys/batches', { signal });
  },
  createBatch(month: string, perTownship?: number): Promise<SurveyBatch> {
    return request<SurveyBatch>('/surveys/batches', { method: 'POST', body: perTownship ? { month, perTownship } : { month } });
  },
  calls(batchId: number, params: { outcome?: string | null; page?: number; pageSize?: number }, signal?: AbortSignal): Promise<Paged<SurveyCall>> {
    return request<Paged<SurveyCall>>(`/surveys/batches/${batchId}/calls${query(params)}`, { signal });
  },
  record(callId: number, body: CallRecord): Promise<SurveyCall> {
    return request<SurveyCall>(`/surveys/calls/${callId}`, { method: 'POST', body });
  },
  stats(month: string, region: string | null, signal?: AbortSignal): Promise<SurveyStats> {
    return request<SurveyStats>(`/surveys/stats${query({ month, region })}`, { signal });
  },
};

import {
  ExternalBenefitListSchema,
  ExternalBenefitSchema,
  MunicipalityBenefitMonthSchema,
  PaymentRunDetailSchema,
  PaymentRunListSchema,
  ProgrammeBenefitSchema,
  type CreateExternalBenefitBody,
} from '@ankomst/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const enc = encodeURIComponent;

export const paymentKeys = {
  benefits: ['benefits'] as const,
  benefitMonth: (month: string) => ['benefits', 'month', month] as const,
  programmeBenefit: (programmeId: string, month: string) => ['benefits', 'programme', programmeId, month] as const,
  external: (personId: string, month: string) => ['benefits', 'external', personId, month] as const,
  runs: ['payment-runs'] as const,
  run: (runId: string) => ['payment-runs', runId] as const,
};

/** `GET /benefits/:month`: every programme running in the month. */
export function benefitMonthQueryOptions(month: string) {
  return queryOptions({
    queryKey: paymentKeys.benefitMonth(month),
    queryFn: ({ signal }) =>
      apiClient.get(`/benefits/${enc(month)}`, { schema: MunicipalityBenefitMonthSchema, signal }),
  });
}

/** `GET /programmes/:programmeId/benefit/:month`: one participant's calculation with its line items. */
export function programmeBenefitQueryOptions(programmeId: string, month: string) {
  return queryOptions({
    queryKey: paymentKeys.programmeBenefit(programmeId, month),
    queryFn: ({ signal }) =>
      apiClient.get(`/programmes/${enc(programmeId)}/benefit/${enc(month)}`, {
        schema: ProgrammeBenefitSchema,
        signal,
      }),
  });
}

export function externalBenefitsQueryOptions(personId: string, month: string) {
  return queryOptions({
    queryKey: paymentKeys.external(personId, month),
    queryFn: ({ signal }) =>
      apiClient.get(`/persons/${enc(personId)}/external-benefits`, {
        schema: ExternalBenefitListSchema,
        query: { month },
        signal,
      }),
  });
}

export function useCreateExternalBenefit(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateExternalBenefitBody) =>
      apiClient.post(`/persons/${enc(personId)}/external-benefits`, body, { schema: ExternalBenefitSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: paymentKeys.benefits }),
  });
}

export function useDeleteExternalBenefit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (externalBenefitId: string) => apiClient.delete(`/external-benefits/${enc(externalBenefitId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: paymentKeys.benefits }),
  });
}

export function paymentRunsQueryOptions() {
  return queryOptions({
    queryKey: paymentKeys.runs,
    queryFn: ({ signal }) => apiClient.get('/payment-runs', { schema: PaymentRunListSchema, signal }),
  });
}

export function paymentRunQueryOptions(runId: string) {
  return queryOptions({
    queryKey: paymentKeys.run(runId),
    queryFn: ({ signal }) => apiClient.get(`/payment-runs/${enc(runId)}`, { schema: PaymentRunDetailSchema, signal }),
  });
}

export function usePreparePaymentRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (month: string) => apiClient.post('/payment-runs', { month }, { schema: PaymentRunDetailSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: paymentKeys.runs }),
  });
}

export function useApprovePaymentRun(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiClient.post(`/payment-runs/${enc(runId)}/approve`, { version }, { schema: PaymentRunDetailSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: paymentKeys.runs }),
  });
}

export function useDiscardPaymentRun(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => apiClient.delete(`/payment-runs/${enc(runId)}`, { query: { version } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: paymentKeys.runs }),
  });
}

/** The download link of an approved run's payroll file (a plain GET with Content-Disposition). */
export const paymentExportUrl = (runId: string, format: 'csv' | 'xlsx') =>
  `/api/v1/payment-runs/${enc(runId)}/export/${format}`;

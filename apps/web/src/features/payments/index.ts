// The payments feature's public surface (monthly benefit, other benefits, payment runs), for routes in src/app.
export {
  benefitMonthQueryOptions,
  externalBenefitsQueryOptions,
  paymentKeys,
  paymentRunQueryOptions,
  paymentRunsQueryOptions,
  programmeBenefitQueryOptions,
} from './api/payments';
export { BenefitCalculation } from './components/benefit-calculation';
export { BenefitMonthTable } from './components/benefit-month-table';
export { ExternalBenefits } from './components/external-benefits';
export { PaymentRunsTable } from './components/payment-runs-table';
export { PaymentRunView } from './components/payment-run-view';
export { PrepareRunForm } from './components/prepare-run-form';
export { currentMonth, formatKroner } from './components/texts';

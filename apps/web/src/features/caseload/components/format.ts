export { formatCalendarDate as formatDate } from '../../../lib/format';

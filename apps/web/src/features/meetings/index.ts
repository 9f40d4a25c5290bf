// The meetings feature's public surface, for routes in src/app.
export { meetingQueryKeys, meetingQueryOptions, meetingsListQueryOptions, minutesPdfUrl } from './api/meetings';
export { groupQueryOptions } from './api/group';
export { MeetingsSection } from './components/meetings-section';
export { MeetingDetails } from './components/meeting-details';

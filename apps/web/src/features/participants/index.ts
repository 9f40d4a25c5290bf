// The participants feature's public surface, for routes in src/app.
export { personQueryOptions, personsQueryKeys, timelineQueryOptions } from './api/participants';
export { CareFactsSection } from './components/care-facts-section';
export { CaseworkerSection } from './components/caseworker-form';
export { EditPersonDialog } from './components/edit-person-dialog';
export { ParticipantHouseholds, ParticipantSettlement } from './components/participant-households';
export { ParticipantTimeline } from './components/participant-timeline';
export { PersonalDetails } from './components/personal-details';

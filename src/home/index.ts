// The home page as other parts see it: the module (for the application) and the round of today.
export { HomeModule } from './home.module.js';
export { type CurrentRound, currentRound } from './home.service.js';
export { type DeadlineCode, type UpcomingDeadline, upcomingDeadlines } from './deadlines.js';

// Reward money as other features see it: the module and the service (the base-salary table, the amount an award carries).
export { RewardsModule } from './rewards.module.js';
export { type BaseSalaryView, type RewardAmountView, RewardsService } from './rewards.service.js';

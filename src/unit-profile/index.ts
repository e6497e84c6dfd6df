// The unit page as the application composes it: the module only (no other feature reads it).
export { UnitProfileModule } from './unit-profile.module.js';

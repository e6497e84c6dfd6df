// Units as other features see them: the module, the service, what it takes and the unit choices
// a form offers.
export { CreateUnitDto } from './dto/create-unit.dto.js';
export { type UnitOption, unitOptions, unitWithDescendants } from './unit-options.js';
export { UnitsModule } from './units.module.js';
export { UnitsService, type UnitView } from './units.service.js';

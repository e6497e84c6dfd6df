// The staff registry as other features see it: the module, the service and what it takes.
export { ListStaffQuery } from './dto/list-staff.query.js';
export { CreateStaffDto } from './dto/create-staff.dto.js';
export { UpdateStaffDto } from './dto/update-staff.dto.js';
export { StaffModule } from './staff.module.js';
export { derivedStaffColumns, type StaffListItem, StaffService, type StaffView } from './staff.service.js';
// Plausibility of staff records and the same-person check, for every path that writes them.
export { checkSamePerson, checkStaffDates, type PossibleTwin, type StaffDates } from './plausibility.js';
export { StaffImplausible } from './staff.errors.js';

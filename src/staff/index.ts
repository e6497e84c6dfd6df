// The staff registry as other features see it: the module, the service and what it takes.
export { ListStaffQuery } from './dto/list-staff.query.js';
export { CreateStaffDto } from './dto/create-staff.dto.js';
export { UpdateStaffDto } from './dto/update-staff.dto.js';
export { StaffModule } from './staff.module.js';
export { type StaffListItem, StaffService, type StaffView } from './staff.service.js';

// Users as other features see them: the module, the service and what it takes.
export { CreateUserDto } from './dto/create-user.dto.js';
export { UsersModule } from './users.module.js';
export { type UserView, UsersService } from './users.service.js';

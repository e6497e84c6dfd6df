import { type INestApplication, ParseUUIDPipe, type Type } from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject, OperationObject, ParameterObject, ResponseObject } from '@nestjs/swagger';
import { IS_PUBLIC, REQUIRED_ROLES } from '../common/access/decorators.js';
import { ERROR_MEANINGS, type ErrorStatus } from '../common/openapi/problem.response.js';
import type { Role } from '../kernel/index.js';
import { operationsOf } from './document-tidy.js';

/** One route handler of a controller, with what the AuthGuard reads about it. */
export interface ApiHandler {
  controller: Type<unknown>;
  method: string;
  isPublic: boolean;
  roles: Role[] | undefined;
  parameterTypes: unknown[];
  /** Route parameters read through ParseUUIDPipe. */
  uuidParameters: string[];
}

/** `Staff_list` for StaffController.list: readable names for client generators, unique per handler. */
export const operationIdOf = (controllerKey: string, methodKey: string): string =>
  `${controllerKey.replace(/Controller$/u, '')}_${methodKey}`;

/** Every route handler of every controller in the application (pages included; the document keeps only the API). */
export function apiHandlers(app: INestApplication): ApiHandler[] {
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) =>
    [...module.controllers.values()].map((wrapper) => wrapper.metatype as Type<unknown>),
  );
  return controllers.flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype as object)
      .filter(
        (method) =>
          method !== 'constructor' && Reflect.hasMetadata(METHOD_METADATA, (controller.prototype as Record<string, object>)[method]),
      )
      .map((method) => {
        const handler = (controller.prototype as Record<string, object>)[method];
        // As the guard reads it (getAllAndOverride): the handler's own marking first, then its class's.
        const read = <T>(key: string): T | undefined =>
          (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined);
        return {
          controller,
          method,
          isPublic: read<boolean>(IS_PUBLIC) === true,
          roles: read<Role[]>(REQUIRED_ROLES),
          parameterTypes: (Reflect.getMetadata('design:paramtypes', controller.prototype as object, method) as unknown[] | undefined) ?? [],
          uuidParameters: uuidParameters(controller, method),
        };
      }),
  );
}

interface RouteArgument {
  data?: unknown;
  pipes?: unknown[];
}

function uuidParameters(controller: Type<unknown>, method: string): string[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) as Record<string, RouteArgument> | undefined) ?? {};
  return Object.values(args)
    .filter((arg) => typeof arg.data === 'string' && arg.pipes?.some((pipe) => pipe === ParseUUIDPipe || pipe instanceof ParseUUIDPipe))
    .map((arg) => arg.data as string);
}

/** The classes handlers take as parameters: the request DTOs to document from their validators. */
export function requestModels(handlers: ApiHandler[]): Type<unknown>[] {
  const classes = handlers.flatMap((handler) => handler.parameterTypes).filter((type): type is Type<unknown> => typeof type === 'function');
  return [...new Set(classes)].filter((type) => ![String, Number, Boolean, Object, Array].includes(type as never));
}

/**
 * Writes down what the AuthGuard enforces, from the same metadata: the bearer token (none on
 * `@Public()` routes), 401 when it is missing, 403 and the roles on `@Roles(...)` routes, and 400
 * wherever the request carries input the pipes check; ids read through ParseUUIDPipe are UUIDs.
 */
export function describeChecks(document: OpenAPIObject, handlers: ApiHandler[]): void {
  const byId = new Map<string, ApiHandler>();
  for (const handler of handlers) {
    const id = operationIdOf(handler.controller.name, handler.method);
    if (byId.has(id)) {
      throw new Error(`OpenAPI: two handlers make the operation id ${id}; give one of the controllers another name`);
    }
    byId.set(id, handler);
  }
  for (const operation of operationsOf(document)) {
    const handler = byId.get(operation.operationId ?? '');
    if (!handler) {
      continue;
    }
    operation.security = handler.isPublic ? [] : [{ bearer: [] }];
    if (!handler.isPublic) {
      addError(operation, 401);
    }
    if (handler.roles) {
      addError(operation, 403);
      const roles = `Roles: ${handler.roles.join(', ')} (admins always may).`;
      operation.description = operation.description ? `${operation.description}\n\n${roles}` : roles;
    }
    for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
      if (parameter.in === 'path' && handler.uuidParameters.includes(parameter.name)) {
        parameter.schema = { type: 'string', format: 'uuid' };
      }
    }
    if ((operation.parameters?.length ?? 0) > 0 || operation.requestBody) {
      addError(operation, 400);
    }
  }
}

function addError(operation: OperationObject, status: ErrorStatus): void {
  const problem: ResponseObject = {
    description: ERROR_MEANINGS[status],
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ProblemResponse' } } },
  };
  operation.responses[String(status)] ??= problem;
}

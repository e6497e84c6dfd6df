import type { INestApplication, Type } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';

/*
 * Every route of the running application, read from the metadata Nest routes by (the controllers'
 * and handlers' @Controller/@Get… paths and their parameters' decorators), so a route added
 * tomorrow is in the hostile-input suite without a line of its own.
 */

// @nestjs/common's constants (PATH_METADATA, METHOD_METADATA, ROUTE_ARGS_METADATA), stable since Nest 4.
const PATH = 'path';
const METHOD = 'method';
const ROUTE_ARGS = '__routeArguments__';
// RouteParamtypes of @nestjs/common.
const BODY = 3;
const QUERY = 4;

export interface DiscoveredRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `/api/staff/:id`: the controller's path and the handler's, joined. */
  path: string;
  api: boolean;
  /** The fields of the handler's body DTO (none: no DTO, or an untyped page form). */
  bodyFields: string[];
  /** The fields of its query DTO, or of the names given to `@Query('name')`. */
  queryFields: string[];
  /** Whether the handler takes the body at all (`@Body()`, typed or not). */
  readsBody: boolean;
  handler: string;
}

const METHODS: Partial<Record<RequestMethod, DiscoveredRoute['method']>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [String(value ?? '')]);

const join = (...parts: string[]): string =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment !== '')
    .join('/')}`;

function dtoFields(type: unknown): string[] {
  if (typeof type !== 'function' || [String, Number, Boolean, Array, Object].includes(type as never)) {
    return [];
  }
  const rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  return [...new Set(rules.map((rule) => rule.propertyName))];
}

function takes(controller: Type<unknown>, handler: string, kind: number): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS, controller, handler) ?? {}) as Record<string, unknown>;
  return Object.keys(args).some((key) => key.split(':')[0] === String(kind));
}

function argumentFields(controller: Type<unknown>, handler: string, kind: number): string[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS, controller, handler) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, handler) ?? []) as unknown[];
  const own = Object.entries(args)
    .filter(([key]) => key.split(':')[0] === String(kind))
    .flatMap(([, arg]) => (typeof arg.data === 'string' ? [arg.data] : dtoFields(types[arg.index])));
  // The pages' @QueryOrDefaults(Dto) / @QueryOrRefuse(Dto) are custom decorators that carry their DTO.
  const pageQueries =
    kind === QUERY ? Object.values(args).flatMap((arg) => dtoFields((arg.data as { dto?: unknown } | undefined)?.dto)) : [];
  return [...new Set([...own, ...pageQueries])];
}

export function discoverRoutes(app: INestApplication): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | undefined;
      if (!controller) {
        continue;
      }
      const prefixes = asList(Reflect.getMetadata(PATH, controller));
      const prototype = controller.prototype as Record<string, unknown>;
      for (const handler of Object.getOwnPropertyNames(prototype)) {
        const fn = prototype[handler];
        if (handler === 'constructor' || typeof fn !== 'function' || Reflect.getMetadata(PATH, fn) === undefined) {
          continue;
        }
        const method = METHODS[Reflect.getMetadata(METHOD, fn) as RequestMethod];
        if (!method) {
          continue;
        }
        for (const prefix of prefixes) {
          for (const own of asList(Reflect.getMetadata(PATH, fn))) {
            const path = join(prefix, own);
            routes.push({
              method,
              path,
              api: path === '/api' || path.startsWith('/api/'),
              bodyFields: argumentFields(controller, handler, BODY),
              queryFields: argumentFields(controller, handler, QUERY),
              readsBody: takes(controller, handler, BODY),
              handler: `${controller.name}.${handler}`,
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { ApiErrorBodySchema } from '@ankomst/contracts';
import { z } from 'zod';

/**
 * Documents a route in the OpenAPI description straight from its contract schemas, so the API docs are
 * generated from the same zod schemas that validate requests. Validation itself is done by ZodBody/ZodQuery.
 */
export interface ContractSpec {
  summary: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  response?: z.ZodType;
  status?: number;
}

type JsonSchema = Record<string, unknown>;

export function toOpenApiSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

const errorSchema = () => toOpenApiSchema(ApiErrorBodySchema, 'output');

export function ApiContract(spec: ContractSpec): MethodDecorator {
  const status = spec.status ?? 200;
  const decorators: Array<MethodDecorator | ClassDecorator> = [
    ApiOperation({ summary: spec.summary }),
    HttpCode(status),
    spec.response
      ? ApiResponse({ status, schema: toOpenApiSchema(spec.response, 'output') })
      : ApiResponse({ status, description: 'No content' }),
    ApiResponse({ status: 400, description: 'Validation failed (fields in `issues`)', schema: errorSchema() }),
    ApiResponse({ status: 401, description: 'Not signed in', schema: errorSchema() }),
    ApiResponse({ status: 404, description: 'Not found, or not yours to see', schema: errorSchema() }),
  ];
  if (spec.body) decorators.push(ApiBody({ schema: toOpenApiSchema(spec.body, 'input') }));
  if (spec.query) {
    for (const [name, field] of Object.entries(spec.query.shape)) {
      const fieldSchema = field as z.ZodType;
      decorators.push(
        ApiQuery({
          name,
          required: !fieldSchema.safeParse(undefined).success,
          schema: toOpenApiSchema(fieldSchema, 'input'),
        }),
      );
    }
  }
  return applyDecorators(...decorators) as MethodDecorator;
}

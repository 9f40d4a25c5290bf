import { Body, Param, PipeTransform, Query } from '@nestjs/common';
import type { z } from 'zod';
import { fromZodError } from '../errors/zod-issues';

/** Parses a request part with a contract schema; failures become 400 VALIDATION_FAILED naming each field. */
export class ZodPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  /** `path` prefixes issue paths: a route parameter is a bare value, so its issues would otherwise have no field name. */
  constructor(
    private readonly schema: T,
    private readonly path: string[] = [],
  ) {}

  transform(value: unknown): z.output<T> {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw fromZodError(result.error, this.path);
    return result.data;
  }
}

export const ZodBody = <T extends z.ZodType>(schema: T) => Body(new ZodPipe(schema));
export const ZodQuery = <T extends z.ZodType>(schema: T) => Query(new ZodPipe(schema));
export const ZodParam = <T extends z.ZodType>(name: string, schema: T) => Param(name, new ZodPipe(schema, [name]));

import { Type } from 'typebox';

/** Shapes shared by every domain's routes. */

export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String(),
    code: Type.String(),
    message: Type.String(),
    field: Type.Optional(Type.String()),
  },
  { $id: 'ErrorResponse', description: 'Every error, whatever the route' },
);

/** Error responses a route may give, for its schema and the docs. */
export function errors(...codes: number[]) {
  return Object.fromEntries(codes.map((code) => [code, ErrorResponse]));
}

export const DateTime = Type.String({ format: 'date-time' });
export const NullableDateTime = Type.Union([DateTime, Type.Null()]);

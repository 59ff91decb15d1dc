// The OpenAPI description of a file download (.xlsx, .docx): a 200 whose body is binary of one content type.
// Handlers send a Buffer, which Fastify writes as is (no serializer runs for Buffers).
import { z } from 'zod';

export function binaryResponse(contentType: string, description: string) {
  return { description, content: { [contentType]: { schema: z.string().meta({ format: 'binary' }) } } };
}

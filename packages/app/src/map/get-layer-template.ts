// GET /api/map/layers/template.xlsx: the sensitive-target import template (any signed-in user may read it).
import { writeLayerTemplate } from './layer-workbook.js';

export async function getLayerTemplate(): Promise<Buffer> {
  return writeLayerTemplate();
}

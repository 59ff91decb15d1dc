// Error messages of the map (H3), merged in shared/messages.ts. Import problems are shown beside their row
// (feature index + 1) and field, so they say what is wrong, not where.
import type { MessageTable } from '../shared/messages.js';

export const mapMessages: MessageTable = {
  MAP_BBOX_INVALID: { 'zh-CN': '参数 {param} 不是有效的范围（应为 最小经度,最小纬度,最大经度,最大纬度，WGS-84 度）', en: 'The parameter {param} is not a valid box (minLng,minLat,maxLng,maxLat in WGS-84 degrees).' },
  MAP_LAYER_UNKNOWN: { 'zh-CN': '参数 {param} 中的图层「{value}」不存在', en: 'The layer “{value}” in {param} does not exist.' },
  MAP_FILTER_INVALID: { 'zh-CN': '参数 {param} 的取值「{value}」无效', en: 'The value “{value}” of {param} is not valid.' },
  MAP_NO_BOUNDARY: { 'zh-CN': '尚未加载区界，请管理员导入区界 GeoJSON', en: 'No district boundary is loaded; an administrator can import one as GeoJSON.' },
  MAP_POINT_OUTSIDE_DISTRICT: { 'zh-CN': '坐标（{lng}, {lat}）不在本区范围内（经纬度是否填反，或坐标系选错？）', en: 'The point ({lng}, {lat}) lies outside the district (longitude and latitude swapped, or the wrong coordinate system?).' },
};

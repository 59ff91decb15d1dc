// Error messages of the map (H3), merged in shared/messages.ts. Import problems are shown beside their row
// (feature index + 1, or the sheet row) and field, so they say what is wrong, not where.
import type { MessageTable } from '../shared/messages.js';

export const mapMessages: MessageTable = {
  // the features query
  MAP_BBOX_INVALID: { 'zh-CN': '参数 {param} 不是有效的范围（应为 最小经度,最小纬度,最大经度,最大纬度，WGS-84 度）', en: 'The parameter {param} is not a valid box (minLng,minLat,maxLng,maxLat in WGS-84 degrees).' },
  MAP_LAYER_UNKNOWN: { 'zh-CN': '参数 {param} 中的图层「{value}」不存在', en: 'The layer “{value}” in {param} does not exist.' },
  MAP_FILTER_INVALID: { 'zh-CN': '参数 {param} 的取值「{value}」无效', en: 'The value “{value}” of {param} is not valid.' },
  MAP_NO_BOUNDARY: { 'zh-CN': '尚未加载区界，请管理员导入区界 GeoJSON', en: 'No district boundary is loaded; an administrator can import one as GeoJSON.' },
  MAP_POINT_OUTSIDE_DISTRICT: { 'zh-CN': '坐标（{lng}, {lat}）不在本区范围内（经纬度是否填反，或坐标系选错？）', en: 'The point ({lng}, {lat}) lies outside the district (longitude and latitude swapped, or the wrong coordinate system?).' },
  // the ring
  MAP_RING_RADIUS: { 'zh-CN': '半径须在 {min}–{max} 米之间', en: 'The radius must be between {min} and {max} metres.' },
  MAP_RING_CENTRE_REQUIRED: { 'zh-CN': '请指定单元、企业或经纬度作为圆心', en: 'Give a unit, an enterprise or a longitude and latitude as the centre.' },
  MAP_RING_NO_POSITION: { 'zh-CN': '该单元或企业没有登记坐标，无法绘制影响范围', en: 'This unit or enterprise has no coordinates, so no ring can be drawn.' },
  // GeoJSON files
  GEOJSON_INVALID: { 'zh-CN': '文件不是有效的 JSON（{reason}）', en: 'The file is not valid JSON ({reason}).' },
  GEOJSON_NOT_FEATURE_COLLECTION: { 'zh-CN': '文件须为 GeoJSON FeatureCollection（当前为「{type}」）', en: 'The file must be a GeoJSON FeatureCollection (it is “{type}”).' },
  GEOJSON_WRONG_CRS: { 'zh-CN': '坐标不是 WGS-84 经纬度（度）：可能是投影坐标（米）或其他坐标系，请先转换为 WGS-84（EPSG:4326）或 GCJ-02 经纬度', en: 'The coordinates are not WGS-84 degrees: projected (metres) or another system. Convert to WGS-84 (EPSG:4326) or GCJ-02 degrees first.' },
  GEOJSON_EMPTY: { 'zh-CN': '文件中没有要素', en: 'The file holds no features.' },
  GEOJSON_TOO_MANY_FEATURES: { 'zh-CN': '要素数 {count} 超过单次导入上限 {limit}，请分批导入', en: '{count} features exceed the limit of {limit} per import; split the file.' },
  GEOJSON_FEATURE_INVALID: { 'zh-CN': '该项不是 GeoJSON Feature', en: 'This item is not a GeoJSON Feature.' },
  GEOJSON_GEOMETRY_MISSING: { 'zh-CN': '该要素没有几何图形', en: 'This feature has no geometry.' },
  GEOJSON_GEOMETRY_TYPE: { 'zh-CN': '几何类型为 {type}，此处只接受 {allowed}', en: 'The geometry is a {type}; only {allowed} is accepted here.' },
  GEOJSON_SELF_INTERSECTION: { 'zh-CN': '多边形边界自相交，交点约在（{lng}, {lat}）', en: 'The polygon’s boundary crosses itself near ({lng}, {lat}).' },
  GEOJSON_COORDINATE_INVALID: { 'zh-CN': '坐标格式不正确（应为 [经度, 纬度] 数值）', en: 'Malformed coordinates (expected [longitude, latitude] numbers).' },
  GEOJSON_LINE_TOO_SHORT: { 'zh-CN': '线至少需要 {min} 个点', en: 'A line needs at least {min} positions.' },
  GEOJSON_RING_TOO_SHORT: { 'zh-CN': '多边形的环至少需要 4 个点（首尾相同），当前 {count} 个', en: 'A polygon ring needs at least 4 positions (first = last); it has {count}.' },
  GEOJSON_RING_NOT_CLOSED: { 'zh-CN': '多边形的环未闭合（首点与末点须相同）', en: 'The polygon ring is not closed (its first and last positions must be equal).' },
  // imports
  MAP_IMPORT_INVALID: { 'zh-CN': '文件中有 {count} 处问题，未导入任何数据', en: 'The file has {count} problems; nothing was imported.' },
  MAP_IMPORT_EMPTY: { 'zh-CN': '文件中没有可导入的数据行（示例行不导入）', en: 'The file has no rows to import (example rows are skipped).' },
  MAP_AREA_ORGANISATION_UNKNOWN: { 'zh-CN': '找不到代码或名称为「{value}」的区、镇街或网格', en: 'No district, territory or grid cell has the code or name “{value}”.' },
  MAP_AREA_ORGANISATION_AMBIGUOUS: { 'zh-CN': '名称「{value}」对应 {count} 个单位，请改用 properties.code 指定', en: 'The name “{value}” matches {count} organisations; name it by properties.code instead.' },
  MAP_AREA_ORGANISATION_REQUIRED: { 'zh-CN': '要素须以 properties.code（单位代码）或 properties.name（名称）指明所属镇街或网格', en: 'A feature must name its territory or grid cell by properties.code or properties.name.' },
  MAP_AREA_DUPLICATE: { 'zh-CN': '「{value}」的多边形已在第 {firstRow} 个要素中出现', en: 'The polygon of “{value}” already appears in feature {firstRow}.' },
  MAP_POPULATION_INVALID: { 'zh-CN': '人数「{value}」须为非负整数', en: 'The population “{value}” must be a whole number ≥ 0.' },
  MAP_CRS_UNKNOWN: { 'zh-CN': '坐标系「{value}」无法识别，请填 WGS84 或 GCJ02', en: 'Unknown coordinate system “{value}”: use WGS84 or GCJ02.' },
  MAP_XLSX_UNREADABLE: { 'zh-CN': '文件不是可读取的 Excel 工作簿（.xlsx），请使用下载的模板', en: 'The file is not a readable Excel workbook (.xlsx); use the downloaded template.' },
  MAP_XLSX_SHEET_MISSING: { 'zh-CN': '缺少工作表「{sheet}」（请使用导入模板）', en: 'The sheet “{sheet}” is missing (use the import template).' },
  MAP_XLSX_HEADER_MISSING: { 'zh-CN': '缺少列「{header}」：请勿修改或删除模板表头', en: 'The column “{header}” is missing: keep the template’s headers.' },
  MAP_XLSX_ONLY_SENSITIVE_TARGETS: { 'zh-CN': '只有敏感目标可用 Excel 导入，管线和化工园区请上传 GeoJSON', en: 'Only sensitive targets can be imported from Excel; upload pipelines and chemical parks as GeoJSON.' },
  MAP_FEATURE_NAME_REQUIRED: { 'zh-CN': '名称为必填项', en: 'A name is required.' },
  MAP_FEATURE_NAME_TOO_LONG: { 'zh-CN': '名称过长（最多 {max} 个字符）', en: 'The name is too long (at most {max} characters).' },
  MAP_CATEGORY_UNKNOWN: { 'zh-CN': '类别「{value}」不是可选值，可选：{allowed}', en: 'The category “{value}” is not one of: {allowed}' },
  MAP_COORDINATE_REQUIRED: { 'zh-CN': '经度和纬度为必填项', en: 'Longitude and latitude are required.' },
  MAP_COORDINATE_INVALID: { 'zh-CN': '「{value}」不是有效的经纬度（十进制度）', en: '“{value}” is not a valid coordinate in decimal degrees.' },
  // settings
  MAP_TILES_URL_REQUIRED: { 'zh-CN': '启用底图时须填写瓦片地址模板', en: 'A tile URL template is required to switch tiles on.' },
  MAP_TILES_URL_INVALID: { 'zh-CN': '瓦片地址须以 http:// 或 https:// 开头，且不含空格或引号', en: 'The tile URL must start with http:// or https:// and hold no spaces or quotes.' },
  MAP_TILES_URL_PLACEHOLDERS: { 'zh-CN': '瓦片地址模板须包含 {z}、{x} 和 {y}', en: 'The tile URL template must contain {z}, {x} and {y}.' },
  MAP_TILES_SUBDOMAINS_INVALID: { 'zh-CN': '子域名只能是字母或数字，用逗号分隔（如 0,1,2,3）', en: 'Subdomains are letters or digits separated by commas (e.g. 0,1,2,3).' },
};

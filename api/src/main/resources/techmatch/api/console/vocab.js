// Chinese labels of the record standard's vocabularies (docs/record-standard.md) and of the ranking's features.
// The workflow's own vocabulary (reasons, states) comes from GET /api/v1/workflow at sign-in instead.

export const MATURITY = {
  research: '正在研发',
  lab_scale: '通过小试',
  pilot_scale: '通过中试',
  prototype: '已有样品',
  small_batch: '小批量生产',
  mass_production: '可以量产',
};

export const IP_KIND = {
  invention_patent: '发明专利',
  utility_model: '实用新型专利',
  design_patent: '外观设计专利',
  software_copyright: '软件著作权',
  ic_layout: '集成电路布图设计',
  plant_variety: '植物新品种',
  non_patent: '非专利技术',
  paper: '论文',
  other: '其他',
};

export const COOPERATION = {
  transfer: '技术转让',
  license: '技术许可',
  equity: '技术入股',
  joint_production: '合作生产',
  commissioned_development: '委托开发',
  joint_development: '合作开发',
  technical_service: '技术服务',
  other: '其他',
};

export const ROLE = {
  enterprise: '企业',
  university: '高校 / 院所',
  broker: '技术经理人',
  admin: '管理员',
};

// GB/T 4754-2017 sections and divisions (matcher-core's industry-gbt4754-2017.tsv).
export const INDUSTRY = {
  A: "农、林、牧、渔业",
  A01: "农业",
  A02: "林业",
  A03: "畜牧业",
  A04: "渔业",
  A05: "农、林、牧、渔专业及辅助性活动",
  B: "采矿业",
  B06: "煤炭开采和洗选业",
  B07: "石油和天然气开采业",
  B08: "黑色金属矿采选业",
  B09: "有色金属矿采选业",
  B10: "非金属矿采选业",
  B11: "开采专业及辅助性活动",
  B12: "其他采矿业",
  C: "制造业",
  C13: "农副食品加工业",
  C14: "食品制造业",
  C15: "酒、饮料和精制茶制造业",
  C16: "烟草制品业",
  C17: "纺织业",
  C18: "纺织服装、服饰业",
  C19: "皮革、毛皮、羽毛及其制品和制鞋业",
  C20: "木材加工和木、竹、藤、棕、草制品业",
  C21: "家具制造业",
  C22: "造纸和纸制品业",
  C23: "印刷和记录媒介复制业",
  C24: "文教、工美、体育和娱乐用品制造业",
  C25: "石油、煤炭及其他燃料加工业",
  C26: "化学原料和化学制品制造业",
  C27: "医药制造业",
  C28: "化学纤维制造业",
  C29: "橡胶和塑料制品业",
  C30: "非金属矿物制品业",
  C31: "黑色金属冶炼和压延加工业",
  C32: "有色金属冶炼和压延加工业",
  C33: "金属制品业",
  C34: "通用设备制造业",
  C35: "专用设备制造业",
  C36: "汽车制造业",
  C37: "铁路、船舶、航空航天和其他运输设备制造业",
  C38: "电气机械和器材制造业",
  C39: "计算机、通信和其他电子设备制造业",
  C40: "仪器仪表制造业",
  C41: "其他制造业",
  C42: "废弃资源综合利用业",
  C43: "金属制品、机械和设备修理业",
  D: "电力、热力、燃气及水生产和供应业",
  D44: "电力、热力生产和供应业",
  D45: "燃气生产和供应业",
  D46: "水的生产和供应业",
  E: "建筑业",
  E47: "房屋建筑业",
  E48: "土木工程建筑业",
  E49: "建筑安装业",
  E50: "建筑装饰、装修和其他建筑业",
  F: "批发和零售业",
  F51: "批发业",
  F52: "零售业",
  G: "交通运输、仓储和邮政业",
  G53: "铁路运输业",
  G54: "道路运输业",
  G55: "水上运输业",
  G56: "航空运输业",
  G57: "管道运输业",
  G58: "多式联运和运输代理业",
  G59: "装卸搬运和仓储业",
  G60: "邮政业",
  H: "住宿和餐饮业",
  H61: "住宿业",
  H62: "餐饮业",
  I: "信息传输、软件和信息技术服务业",
  I63: "电信、广播电视和卫星传输服务",
  I64: "互联网和相关服务",
  I65: "软件和信息技术服务业",
  J: "金融业",
  J66: "货币金融服务",
  J67: "资本市场服务",
  J68: "保险业",
  J69: "其他金融业",
  K: "房地产业",
  K70: "房地产业",
  L: "租赁和商务服务业",
  L71: "租赁业",
  L72: "商务服务业",
  M: "科学研究和技术服务业",
  M73: "研究和试验发展",
  M74: "专业技术服务业",
  M75: "科技推广和应用服务业",
  N: "水利、环境和公共设施管理业",
  N76: "水利管理业",
  N77: "生态保护和环境治理业",
  N78: "公共设施管理业",
  N79: "土地管理业",
  O: "居民服务、修理和其他服务业",
  O80: "居民服务业",
  O81: "机动车、电子产品和日用产品修理业",
  O82: "其他服务业",
  P: "教育",
  P83: "教育",
  Q: "卫生和社会工作",
  Q84: "卫生",
  Q85: "社会工作",
  R: "文化、体育和娱乐业",
  R86: "新闻和出版业",
  R87: "广播、电视、电影和录音制作业",
  R88: "文化艺术业",
  R89: "体育",
  R90: "娱乐业",
  S: "公共管理、社会保障和社会组织",
  S91: "中国共产党机关",
  S92: "国家机构",
  S93: "人民政协、民主党派",
  S94: "社会保障",
  S95: "群众团体、社会团体和其他成员组织",
  S96: "基层群众自治组织及其他组织",
  T: "国际组织",
  T97: "国际组织"
};

// What each ranking feature is, for the score breakdown (names from matcher-core's Features).
export const FEATURE = {
  fused: '融合排名',
  cosine: '全文语义相似度',
  bm25_title: '标题关键词',
  bm25_body: '正文关键词',
  query_title_bm25: '需求标题关键词',
  keyword_rank: '关键词名次',
  vector_rank: '语义名次',
  key_overlap: '关键词重合',
  industry_match: '行业一致',
  area_match: '技术领域一致',
  cooperation_match: '合作方式一致',
  maturity: '成熟度',
  paper: '论文类成果',
  short_text: '文本长度',
  feedback_cosine: '与前列结果相似',
  title_cosine: '标题间语义',
  query_title_cosine: '需求标题语义',
  result_title_cosine: '候选标题语义',
  shared_terms: '共有术语',
};

export function label(map, code) {
  return (code && map[code]) || code || '';
}

export function industryLabel(code) {
  const name = INDUSTRY[code];
  return name ? `${code} ${name}` : code;
}

export function yuan(v) {
  if (v == null) return '';
  if (v >= 1e8) return `${+(v / 1e8).toFixed(2)}亿元`;
  if (v >= 1e4) return `${+(v / 1e4).toFixed(1)}万元`;
  return `${v}元`;
}

/** A price or budget range as listings write it: 30万元–100万元, 面议. */
export function priceRange(p) {
  if (!p) return '';
  const parts = [];
  if (p.minYuan != null && p.maxYuan != null) parts.push(`${yuan(p.minYuan)}–${yuan(p.maxYuan)}`);
  else if (p.minYuan != null) parts.push(`≥${yuan(p.minYuan)}`);
  else if (p.maxYuan != null) parts.push(`≤${yuan(p.maxYuan)}`);
  if (p.negotiable) parts.push('面议');
  return parts.join(' · ');
}

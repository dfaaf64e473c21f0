"""Generic vocabularies of Chinese organisation documents: name suffixes and field labels.

Nothing here names a company or a particular role; these are the words any 岗位说明书 or
部门职责 sheet uses, kept in small named constants so a rule reads like its description.
"""

from __future__ import annotations

import re

from ingest.scan import trie_alt

# A role title ends with one of these (longest first matters only for stripping).
ROLE_SUFFIXES = (
    "礼宾司",  # a hotel's concierge (`首席礼宾司`); no 公司
    "领队",  # a tour's leader, where 队 would end a unit
    "副总经理",
    "总经理",
    "副经理",
    "经理",
    "副总监",
    "总监",
    "副主管",
    "主管",
    "专员",
    "助理",
    "主任",
    "组长",
    "店长",
    "顾问",
    "代表",
    "文员",
    "会计",
    "出纳",
    "秘书",
    "工程师",
    "设计师",
    "策划师",
    "分析师",
    "督导",
    "负责人",
    "干部",
    "人员",
    "内勤",
    "库管",  # a store's keeper (`6)库管:…`)
    "业务员",
    "统计员",
    "报价员",
    "员",
    "师",
    "总裁",
    "协理",
    "课长",
    "副总",
    "董事长",
    # A listed company's board and a cooperative's: `独立非执行董事`, `执行监事`, `主席`.
    "董事",
    "监事",
    "主席",
    "书记",
    "领班",  # `服务员领班`, as restaurants and hotels name a shift's lead
    "担当",  # `设备保全担当`: a Japanese-invested company's person in charge
    "副理",  # `大堂副理`: a hotel's (and a Taiwanese company's) assistant manager
    "长",
    # Workers: 维修工, 高级电工 (工 alone would end 开展工作 at 工).
    "维修工",
    "水电工",
    "操作工",
    "装配工",
    "搬运工",
    "保洁工",
    "学徒工",
    "临时工",
    "电工",
    "焊工",
    "钳工",
    "普工",
    "技工",
    "木工",
    # A repair shop's and a building site's trades: `钣金工`, `架子工`.
    "钣金工",
    "喷漆工",
    "油漆工",
    "机修工",
    "洗车工",
    "清洁工",
    "包装工",
    "电焊工",
    "钢筋工",
    "架子工",
    # `楼栋管家`, `技术专家`, `临床心理学家`, `热线坐席`, `售前客服`.
    "坐席",
    "客服",
    "管家",
    "专家",
    "学家",
    # `责任护士`, `住院医生`, `叉车司机`.
    "护士",
    "医生",
    "司机",
    "总厨",  # `行政总厨`
    "教练",  # `私教教练`, `游泳教练`
    "总工",  # `项目总工`: a chief engineer
    "VP",  # `销售VP`
    "岗",  # `关联交易管理岗`, `综合柜员岗` (verbs aside: NOT_TITLE_ENDINGS)
    "干事",  # `文秘干事`
    # A newsroom's or a shop's: `主编`, `文字编辑`, `视频编导`, `导购`.
    "主编",
    "编辑",
    "编导",
    "记者",
    "导购",
    "调度",  # `值班调度`, `生产调度`: who directs a shift's work
    "官",  # `首席执行官`, `事件指挥官`
    "工作者",  # `社区专职工作者`, `社会工作者`
    "签字人",  # a laboratory's `授权签字人`
    # A ship's crew: `大管轮`, `值班水手` (`大副`, `二副`: STANDALONE_ROLES).
    "管轮",
    "水手",
    # A film crew's: `执行导演`, `外联制片`, `制片人`, `场记`, `摄影指导`.
    "导演",
    "制片",
    "制片人",
    "场记",
    "摄影指导",
    "美术指导",
)
# An organisational unit ends with one of these.
DEPT_SUFFIXES = (
    "事业部",
    "部门",
    "总部",
    "分公司",
    "子公司",
    "办事处",
    "办公室",
    "总经理室",
    "委员会",
    "委会",  # `组委会`, `村委会`, `管委会`: a committee's short name
    "董事会",
    "理事会",  # a co-operative's or an association's board (`合作社理事会`)
    "党委",  # a party committee, branch or general branch (`学校党总支`), set over a body
    "党总支",
    "党支部",
    "监事会",
    "中心",
    "小组",
    "团队",
    "车间",
    "工厂",  # `中央工厂`, a chain's central kitchen or bakery
    "部",
    "组",
    "科",
    "处",
    "办",
    "课",
    # A government bureau's offices (`政策法规股`), the bureau (`市场监督管理局`), a brigade.
    "股",
    "局",
    # `城关市场监督管理所`, `研究所`: 所 ends a unit only after these words (`跟进所辖…`, `完成
    # 所负责的…` use it as a particle)
    "管理所",
    "研究所",
    "事务所",
    "派出所",
    "检测所",
    "检验所",
    "监测所",
    "服务所",
    "卫生所",
    "设计所",
    "税务所",
    "财政所",
    "司法所",
    "供电所",
    "测绘所",
    "保健所",
    "分所",
    # 站 ends a unit only after these words (`网站`, `站长` are none)
    "储备站",
    "管理站",
    "服务站",
    "工作站",
    "监测站",
    "检测站",
    "救助站",
    "收费站",  # an expressway's toll station
    "辅导站",  # a college's (`心理健康辅导站`)
    "大队",
    "队",  # `综合行政执法队`, `巡逻队`; not a 梯队 or a 带队 (NOT_TITLE_ENDINGS)
    "大区",  # a sales region (`华东大区`)
    "中台",  # an internet company's shared-service unit (`增长中台`, `数据中台`)
    "营运区",  # a chain's region of stores (`华东营运区`)
    "片区",
    "厨房",  # a restaurant's kitchens (`零点厨房`, `宴会厨房`)
    "食堂",  # a school's or a works' canteen (`教工食堂`)
    "分店",  # a chain's branches (`每间分店设分店经理一名`)
    "支行",  # a bank's branches (`白沙支行`, `省分行`)
    "分行",
    "室",  # `稽核室`, `财务室`, `化验室`; rooms are no units (NOT_TITLE_ENDINGS)
)
# The last word of an English title (`Supply Chain Manager`), where a gloss gives one.
ENGLISH_TITLES = frozenset(
    {
        "manager", "engineer", "director", "officer", "specialist", "assistant", "supervisor",
        "lead", "head", "executive", "clerk", "cashier", "receptionist", "representative",
        "coordinator", "analyst", "designer", "accountant", "administrator", "consultant",
        "president", "chief", "secretary", "technician", "operator", "agent", "planner",
        "buyer", "trainer", "leader", "owner", "partner", "ceo", "cfo", "coo", "cto", "vp",
    }
)  # fmt: skip
# Words that end like a title or a unit without being one: 时长, 增长, 擅长 (长, a head);
# 内部, 全部 (部, a department: `市场部内部`).
NOT_TITLE_ENDINGS = (
    "梯队", "带队", "排队", "组队", "入队", "归队", "待办", "代办",  # `## 5. 待办`: a to-do list
    "时长", "增长", "成长", "延长", "擅长", "专长", "特长", "生长", "内部", "外部", "全部", "局部",
    # Verbs of taking up or leaving a post, where 岗 would end a title.
    "上岗", "在岗", "定岗", "下岗", "转岗", "到岗", "换岗", "离岗", "竞岗", "待岗", "顶岗", "设岗",
    "轮岗", "调岗", "值岗", "守岗", "本岗", "该岗", "此岗", "各岗", "上级岗", "下级岗", "下属岗",
    # `青穗数科`: a company's short name, and `职场百科`, a site's, where 科 would end a unit.
    "数科", "百科",
    # `下载后可编辑`; rooms, where 室 would end a unit.
    "出处", "可编辑", "会议室", "教室", "咨询室", "休息室", "阅览室", "接待室", "洽谈室", "更衣室",
    "储藏室", "活动室", "训练室", "示范室", "病室", "诊室", "治疗室", "监控室", "值班室", "科室",
    # Words ending in 办, where 办 would end a unit (`总经办`): `民办学校`, `交办的任务`.
    "民办", "公办", "主办", "承办", "协办", "督办", "代办", "包办", "举办", "开办", "创办", "交办",
    "查办", "合办", "帮办",
)  # fmt: skip
# Titles that are a role's suffix and a whole title alone (`.2.3.2 出纳`, `主任:`); a bare
# `经理` or `专员` is a title only with the words before it.
STANDALONE_ROLES = frozenset(
    {"出纳", "会计", "秘书", "内勤", "司机", "前台", "保安", "保洁", "美工", "主任", "店长",
     "领班", "督导", "总裁", "董事长", "厂长", "院长", "校长", "局长", "行长", "协理", "副理",
     "主编", "编导", "记者", "导购", "干事", "医生", "护士", "护士长", "合伙人", "书记", "领队",
     "库管", "老板", "主席", "导演", "制片人", "场记", "场务",
     "大副", "二副", "三副", "钣金工", "喷漆工", "油漆工", "机修工", "洗车工", "清洁工",
     "包装工", "电焊工", "钢筋工", "架子工", "维修工", "电工", "焊工", "木工"}
)  # fmt: skip
# Units whose whole name is a suffix: `办公室` alone is a unit, as `部` alone is not.
# 总机 and 洗衣房: a hotel's; 食堂 a canteen, 分店 a chain's branch; 前厅, 后厨, 吧台 and
# 楼面 a restaurant's; 财政所 and 司法所 a township's offices of county bureaus.
STANDALONE_UNITS = frozenset(
    {"办公室", "董事会", "监事会", "理事会", "总经理室", "总机", "洗衣房", "食堂", "分店", "门店",
     "前厅", "后厨", "吧台", "楼面", "股东大会", "股东会", "主席团", "财政所", "司法所", "派出所",
     "税务所", "供电所", "卫生所", "研究所", "事务所"}
)  # fmt: skip
# Marks set on both sides of a title to make it a heading (`★施工员★`, `◎安全员◎`); dashes,
# `==` and `~` do so too, in runs (`——资料员——`).
TITLE_MARKS = "★☆◆◇■□※〓◎"
TITLE_DASHES = "—=~"
# Bodies a post may answer to as to a superior (`执行长秉承董事会之命`).
BOARDS = frozenset({"董事会", "理事会", "监事会", "股东会", "股东大会"})
# The commonest Chinese surnames (about nine in ten people bear one): a title followed by
# one of these and a given name (`市场总监-张三`, `仓储部经理(吴海涛)`) names its holder.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
    "魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝"
    "顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄葛"
)
# Words after a title that open with a surname but name no one: grades, terms, regions.
NOT_PERSONS = frozenset(
    {"高级", "中级", "初级", "常务", "常驻", "兼职", "专职", "代理", "主持", "临时", "文秘", "华东",
     "华南", "华北", "华中", "江浙", "江苏", "江西", "黎明", "白班", "夜班", "程序", "武汉",
     "方向", "金融", "石化", "钱款", "于都", "万达", "汤山", "康复", "易耗", "乔迁", "洪灾"}
)  # fmt: skip
# Acronyms that name a role, not a team.
ROLE_ACRONYMS = frozenset(
    {"CEO", "CFO", "COO", "CTO", "CMO", "CIO", "CHO", "VP", "HR", "HRBP", "SDR", "BDR", "CSM"}
)

# Words after a name in a heading: `销售经理岗位职责`, `财务部部门职能`, `营销总监岗位说明书`.
HEADING_KEYWORDS = (
    "岗位责任制",  # `院长岗位责任制`, as hospitals and schools title a post's duties
    "述职报告",  # `仓储部经理述职报告`: a manager's report on the post, in the first person
    "责任制",
    "岗位职责说明书",
    "岗位职责说明",
    "岗位说明书",
    "岗位工作职责",
    "岗位职责",
    "岗位说明",
    "职位说明",
    "工作职责",
    "部门职责",
    "部门职能",
    "主要职责",
    "岗位职能",
    "职责",
    "职能",
)
# Headings that give a role's performance measures: `渠道经理绩效考核`.
KPI_HEADING_KEYWORDS = (
    "关键绩效指标",
    "绩效考核",
    "考核指标",
    "工作评估标准",
    "评估标准",
    "考核标准",
    "绩效指标",
    "质量控制指标",  # a hospital department's (`检验科质量控制指标:`)
    "部门KPI",  # `三、市场部部门KPI` over its table
    "工作考核办法",  # `四、班主任工作考核办法` over a table of what is scored
)

# Field labels. Each maps to what its content is.
FIELD_KINDS: dict[str, str] = {}


def _fields(kind: str, *labels: str) -> None:
    for label in labels:
        FIELD_KINDS[label] = kind


_fields("name", "职位名称", "岗位名称", "职务名称", "职称", "职位")
_fields("dept_name", "部门名称", "科室名称")
_fields(
    "department",
    "组别",  # `Section 组别:家庭支援组`
    "所属组别",
    "所属小组",  # `所属小组：入库组`
    "所属班组",
    "所属部门",
    "所属",  # `所属：区域运营部`
    "所在部门",
    "所属处室",  # a school's or an agency's offices (`所属处室:招生办公室`)
    "所属科室",
    "隶属部门",
    "归属部门",
    "部门",
    "所在科室",
    "科室",  # a hospital system's column (`岗位名称<TAB>科室<TAB>上级岗位`)
    "所属单位",
    "所在单位",
    "单位",  # `單　　位:研發處`, a Taiwanese form's
    "所在团队",
    "所属团队",
    "所在小组",
)
_fields(
    "superior",
    "本职位汇报人",
    "汇报人",
    "直接上级",
    "直接上司",
    "上级主管",
    "汇报对象",
    "报告上级",
    "直接领导",
    "上级领导",
    "汇报上级",
    "汇报关系",
    "上级",
    "直属上级",
    "直属领导",
    "上级岗位",
    "直接主管",
    "直属主管",
    "主管领导",
    "分管领导",
    "直属上司",
    "直属督导",  # a Taiwanese manual's (`直屬督導:站長`)
    "上长",  # a Japanese-invested company's (`上長:制造部部长`)
    "汇报给",
    # `Reporting to 向中心主任负责`: English labels with the Chinese value after them.
    "Reporting to",
    "Reports to",
)
_fields("parent", "上级部门", "上级单位", "上级科室", "所属中心")  # (`**所属中心**:内容中心`)
_fields(
    "subordinate",
    "下属岗位",
    "直接下级",
    "下面带",  # a blog's own words (`下面带:打包员`)
    "下级岗位",
    "下属职位",
    "管理下属",
    "下属",
    "下级",
    "直属下级",
    "直接下属",
    "所辖岗位",
    "管辖岗位",
    "所辖人员",
    "管辖人员",
    "督导对象",
    "Supervises",  # `Supervises 督导:`, where 督导 alone would be the post
    "直接部属",
    "直属部属",
    "部属",
    "下属人员",
    "直接下属人员",
)
_fields(
    "child_depts",
    "下属部门",
    "下设部门",
    "所辖部门",
    "管辖部门",
    "下设机构",
    "内设机构",
    "内设科室",
    "下设科室",
    "下设",  # `部门负责人:QA经理 下设:现场QA组、验证组`
)
_fields(
    "duties",
    "工作内容",
    "岗位职责",
    "主要职责",
    "工作职责",
    "职责",
    "本职工作",
    "工作说明",
    "主要责任",
    "辅助责任",
    "辅助任务",
    "部门职能",
    "部门职责",
    "部门主要职责",
    "部门主要职能",
    "部门职掌",  # Taiwanese
    "部门基本职能",
    "部门基本职责",
    "部门工作职责",
    "本部门职责",
    "业务职能",
    "具体职能",
    "职能",
    "管理职能",
    "管理责任",
    "主要职能",
    "岗位描述",
    "职责描述",
    "职能描述",  # `序号 职能类别 职能描述`: a function sheet's column of duties
    "具体职责",
    "工作任务",
    "日常事务",
    "周期事务",
    "特殊事务",
    "部门职掌",
    "你将负责",
    "工作内容及要求",
    "你的职责",
    "职责表述",
    "职责描述",
    "职掌",
    "担当业务",  # a Japanese-invested company's duties (`担当業務`)
    "业务职掌",  # a Taiwanese office's table of its staff (`职称 | 姓名 | 分机 | 业务职掌`)
    "工作职掌",
    "职责细分",
    "具体工作",
    "职责内容",
    "核心职责",  # a wiki table's column (`| 岗位 | 汇报给 | 人数 | 核心职责 |`)
    "分工",  # a leader's share of the work (`分工:主持全面工作;负责党建`)
    "职责范围",  # a Hong Kong or Macau manual's (`職責範圍:`)
    "科室职责",  # a hospital's offices (`科室职责` over the office's items)
)
# Summaries of a post or unit in a sentence (`主要工作:接待来访,促成报名。` then `1、…`):
# what follows the sentence is the list. (Other summary labels, a form's `批准:` say, hold
# no list.)
SUMMARY_SENTENCES = frozenset(
    {"主要工作", "岗位目的", "职位概要", "职位概述", "岗位概述", "岗位概要", "工作概述", "职责综述",
     "岗位宗旨", "部门宗旨", "部门使命", "职务概要", "职位目的", "岗位性质", "部门性质", "部门目标",
     "工作基本目标"}
)  # fmt: skip
_fields(
    "summary",
    "部门宗旨",
    "部门使命",
    "主要工作",
    "岗位目的",
    "职位概要",
    "职位的概要描述",
    "职位概述",
    "工作范围",
    "岗位性质",
    "部门性质",
    "工作基本目标",
    "部门目标",
    "职责综述",
    "岗位概述",
    "工作概述",
    "岗位宗旨",
    "职务概要",
    "职位目的",
    "培训期间",
    "雇用类型",
    "聘用类型",
    # `工作内容:审核派车计划    要求:当日完成`: the standard a duty is held to.
    "要求",
    "机构名称",
    "核定编制",
    "岗位概要",
    "基本信息",
    "工作协作关系",
    "工作时间百分比",
    "时间百分比",
    # A document's control block (`文件编号:HR-012  版本号:V3.0  编制部门:人力资源部`).
    "文件编号",
    "版本号",
    "版次",
    "生效日期",
    "制定日期",
    "修订日期",
    "编制部门",
    "发布部门",
    "发布日期",
    "编制人",
    "审核",
    "审核人",
    "批准",
    "批准人",
    "核准",
    "职务代理人",
    "职等",
    "部门主管",
    "部门编制",
    "制定单位",
    "领导",
    "岗位状态",
    "部门编号",
    "主管岗位",
    "岗位编号",
    "岗位编码",  # an HR system's record (`记录 1/8  岗位编码:HQ-01  岗位类别:管理岗`)
    "科室编码",
    "部门编码",
    "职位编号",
    "岗位等级",
    "岗位级别",
    "职位等级",
    "工作关系",
    "岗位关系",  # a company standard's `3.1　岗位关系：本岗位隶属…，直接上级为…`
    "内部联系",  # the two halves of 工作关系: whom the post deals with
    "外部联系",
    "上下级关系",
    "职位代码",
    "岗位代码",
    "岗位类别",
    "职级",
    "薪资等级",
    "薪酬等级",
    "工作环境",
    "使用工具",
    "晋升方向",
    "可晋升岗位",
    "可轮换岗位",
    "权重",
    "比重",  # a weight, as some sheets name it (`指标 目标 比重`)
    "分值",
    # Columns of a KPI sheet that describe its measure (`序号 指标名称 权重 考核标准`).
    "数据来源",
    "信息来源",
    "评分标准",
    "计分办法",  # a KPI table's column of how each measure is scored
    "评分办法",
    "计分标准",
    "扣分标准",
    "评分方法",
    "计分方法",
    "计算公式",
    "指标定义",
    "计算方式",
    "计算方法",
    "目标值",
    "目标",  # a column of a KPI table (`指标名称 权重 目标`)
    "实绩",  # `112年实绩`: what was reached the year before
    "实际值",
    "完成值",
    "考核周期",
    "考核期间",
    "被考核人",
    "考核人",
    "得分",
    # Columns of a staffing table beside its 定编 (`岗位 定编 在岗 缺编`).
    "在岗",
    "缺编",
    "超编",
    "现有人数",
    "实有人数",
    "在岗人数",
    "班次",  # `岗位 人数 汇报对象 班次`: when a post works
    "工作领域",
    "职能类别",  # ... and its column of work areas
    "职责模块",  # `职责模块 工作任务 工作标准 考核指标`: a duty decomposition's groups
    "序号",
    "项目具体内容",
    "具体内容",
    "涉及每周",
    "涉及每月",
    "涉及全年",
    "涉及每日",
    "每周",
    "每月",
)
# Period labels inside a duties table (`涉及每周`): dropped, the list goes on.
_fields("inherit", "涉及每周", "涉及每月", "涉及全年", "涉及每日")
_fields(
    "stop",
    "任职资格",
    "岗位要求",
    "职位要求",
    "任职要求",
    "任职条件",
    "晋升条件",  # a sales force's rules for moving up or staying (`维持条件:`), no measures
    "维持条件",
    "岗位任职资质要求",
    "资格要求",
    "参加会议",
    "工作流程",
    "职业发展路径",
    "操作流程",
    "面试流程",  # a handbook's `<summary>面试流程</summary>` under a post
    "团队介绍",  # a posting's words about the team, after its duties
    "公司介绍",
    "招聘流程",
    "岗位任职资格",
    "能力要求",
    "学历要求",
    "专业要求",
    "工作经验",
    "经验要求",
    "知识技能",
    "技能要求",
    "知识要求",
    "素质要求",
    "能力素质",
    "培训要求",
    "资格证书",
    "任职资格要求",
    "资格条件",
    "任用资格",
    "学历及专业",
    "我们希望你",
    "我们希望你是",
    # An appendix after the sheets (`附:内设机构编制一览表`).
    "附",
    "附件",
    "附件下载",
    "友情链接",
    "附表",
    # A wiki page's own labels and links, after its content.
    "标签",
    "热门标签",
    "分享",
    "分享到",
    "分享至",
    "网站声明",
    "免责声明",
    "版权声明",
    "客服专线",
    "相关页面",
    "地址",
    # How to apply, after a recruiting post's positions.
    "联系人",
    "联系方式",
    "联系电话",
    # A mail's signature (`电话：0757-… 手机：138****6602`).
    "手机",
    "电话",
    "传真",
    "邮箱",
    "投递方式",
    "简历投递",
    "申请方法",
    "申请方式",
    "员工福利",
    "常见问题",
    "最新职位空缺",
    "总部地址",
    "公司地址",
    "修订记录",
    "修订历史",
    "版本记录",
    # The closing articles of a set of rules (`伍、附则`).
    "附则",
    "入职要求",
    # The lines of a qualifications section (`学历:大学以上`, `技能:熟悉ERP`).
    "学历",
    "经历",
    "经验",
    "技能",
    "知识",
    "专业知识",
    "素质",
    "工作经历",
    "专业",
    "年龄",
    "性别",
    "政治面貌",
    "证照",
)
_fields(
    "authority",
    "管理权限",
    "权限",
    "权力",
    "职权",
    "岗位权限",
    "职位权限",
    "工作权限",
    "权责",
    "部门权限",
)
_fields(
    "kpi",
    "部门考核指标",
    "部门关键绩效指标",
    "核心指标",
    "部门绩效指标",
    "部门KPI",
    "指标名称",
    "KPI名称",
    "考核项目",
    "考核指标",
    "量化指标",
    "相关量化指标",
    "KPI",
    "关键绩效指标",
    "关键绩效指标(KPI)",
    "关键业绩指标",
    "业绩指标",
    "工作指标",
    "指标",
    "考核要点",
    # An article's words for them (`考核看这几点:A、B、C`).
    "考核看这几点",
    "考核看",
    "考核主要看",
    "考核重点",
    "KPI指标",
    "绩效考核指标",
    "绩效指标",
    "考核内容",
    "工作评估标准",
    "评估标准",
    "考核标准",
    "衡量标准",
    "考核",
    "表现指标",
    "评価项目",  # a Japanese-invested company's (`評価項目`; OpenCC keeps its 価)
    "评价项目",
    "质量控制指标",  # a hospital department's (`二、质量控制指标`)
    "质控指标",
    "绩效考核",
    "岗位考核",
    "衡量指标",  # `#### 衡量指标`, as a handbook heads a post's measures
    "考核指标及目标",  # a target responsibility letter's (`三、考核指标及目标`)
    "年度考核指标",
    "KR",  # an OKR's key results (`本组 KR`; see `ingest.rewrite.key_results`)
    "关键结果",
    "我们怎么衡量",  # `**我们怎么衡量**`
    "考核方式",  # `考核方式:以A、B和C为主要考核指标`
    "怎么衡量",
    "如何衡量",
    "团队衡量指标",
    "OKR/考核",  # a start-up's wiki (`**OKR/考核**`)
    "OKR",
    "关键结果",  # `关键结果:上线模型KS值不低于0.35`, an OKR's key result
    "目标与考核",
)
# One-line notes of a post (`薪资:10-15K`): the lines after them are the post's again.
_fields("note", "薪资", "薪酬", "薪资待遇", "福利待遇", "工作时间", "工作地点")
_fields("note", "佣金", "薪金", "奖金")  # a sales post's pay beside its measures
# A job bank's posting (`职务类别 韧体设计工程师、电子工程师`, `上班地点 新竹县…`).
_fields(
    "note",
    "职务类别",
    "职位类别",
    "工作待遇",
    "工作性质",
    "上班地点",
    "上班时段",
    "休假制度",
    "需求人数",
    "应征人数",
    "更新日期",
    "管理人数",
    # A controlled document's header (`受控状态:受控  发放部门:人力资源部`).
    "受控状态",
    "发放部门",
    "发出部门",
    # Standards of service, neither duties nor measures (`接到投诉后5分钟内到达现场`).
    "工作标准",
    "出差外派",
    # Who heads a unit (`部门负责人:策划经理`), a line above the unit's duties.
    "部门负责人",
    "科室负责人",  # `科室负责人` over `主任:周建华  副主任:许敏`
    "办公地点",
    # A form's own fields (`填写部门:X  填写日期:…`, `填写人:陈思远`): who filled it in.
    "填写部门",
    "填写人",
    "填写日期",
    "填表人",
    "填表日期",
    # The units a leader oversees (`分管机构:综合办公室、材料合成研究所`): units, no posts.
    "分管机构",
    "分管部门",
    "分管单位",
    "管理范围",
)
_fields("stop", "条件要求", "科系要求", "擅长工具", "语文条件", "其他条件", "加分项", "面试流程")
# A target responsibility letter's clauses (`四、奖惩办法`): terms, no records.
_fields("stop", "奖惩办法", "奖惩规定", "责任期限", "考核与兑现")
# An interview's or a survey's question on no record (`ingest.rewrite.interviews`,
# `ingest.rewrite.survey_answers`).
_fields("stop", "访谈问题", "意见建议")
_fields("stop", "扩展阅读", "延伸阅读")  # a page's own text after the documents
_fields("stop", "附", "附录")  # `附:字段说明`: an export's notes on its own columns
_fields("stop", "变更原因", "变更内容", "申请原因", "申请理由")  # an approval form's fields
_fields("stop", "任用条件", "任用资格")  # Taiwanese 任职资格
_fields("subordinate", "部下")  # a Japanese-invested company's (`部下:SMT系系长`)
# A Hong Kong sheet's (`上司：倉務經理`, `直屬下屬：倉務主任`, `現任：黃美玲女士`).
_fields("superior", "上司")
_fields("subordinate", "直属下属")
_fields("note", "现任", "现任职人员", "任职日期")  # (an HR system's: who holds it since when)
_fields("note", "发文部门", "发文单位", "文件类别", "有效状态")  # an office system's record
# A working group's members (`成员:生产技术部、设备动力部技术人员`, `成员单位:…`).
_fields("note", "成员", "成员单位", "成员部门")
_fields("subordinate", "下辖", "管辖")  # `本职缺下辖:海外业务专员2名、业务助理1名`, `管轄:分店經理`
_fields("subordinate", "管理幅度", "管理跨度")  # `管理幅度:地区经理3-5名`
_fields(
    "reports", "每日汇报工作", "每周汇报工作", "每月汇报工作", "汇报工作", "报告工作", "汇报机制"
)
_fields(
    "headcount",
    "人员编制",
    "岗位编制",
    "编制人数",
    "部门岗位编制",
    "定员",
    "职数",  # a public body's count of a post
    "定员人数",
    "岗位定员",
    "定编人数",
    "岗位人数",
    "人数",
    "定编",
    "招聘人数",
    "编制",
    "备注",
    "HC",  # a team page's headcount (`**HC**: 2`)
)
# `内部协调关系:财务部、各业务部门`: the units or roles a role works with.
_fields(
    "coordination",
    "内部协调关系",
    "外部协调关系",
    "协调关系",
    "内部关系",
    "外部关系",
    "协作关系",
    "工作协调",
    "工作协作",
    "协作对象",
    "协作方",
    "内部协调",
    "外部协调",
)

# Any field label, as one regex alternation (a trie: fast on long lines).
FIELD_LABEL_ALT = trie_alt(tuple(FIELD_KINDS))
# A weight in a table of measures (`30%`), and a shift in a staffing table by shift.
WEIGHT = re.compile(r"\d{1,3}(?:\.\d)?%")
SHIFT = r"[早中晚夜白]班|班次"

# The column of a KPI table that names each measure: where a table has one, the other
# KPI columns (`考核标准`) describe those measures and are not measures of their own.
KPI_NAME_COLUMNS = frozenset(
    {"指标名称", "KPI名称", "KPI指标", "考核项目", "考核指标", "关键绩效指标"}
)

# Labels that also work without a colon, in flattened tables (a 岗位说明书 pasted as one line).
TABLE_LABELS = (
    "岗位名称",
    "职位名称",
    "部门名称",
    "所属部门",
    "直接上级",
    "直接下级",
    "上级部门",
    "上级主管",
    "下属部门",
    "主管岗位",
    "部门编号",
    "部门岗位编制",
    "人员编制",
    "备注",
    "部门目标",
    "序号",
    "工作领域",
    "部门主要职责",
    "管理权限",
    "管理责任",
    "项目具体内容",
    "相关量化指标",
    "工作职责",
    "日常事务",
    "周期事务",
    "涉及每周",
    "涉及每月",
    "涉及全年",
    "特殊事务",
    "任职资格",
    "岗位任职资质要求",
    "职责细分",
)
# A unit is a flattened table when labels like these run into their values without a colon.
TABLE_MODE_SIGNS = re.compile(r"(?:岗位名称|直接上级|部门名称|上级部门)(?![\s:])")

# Short `X:` labels that never name a role, though a list may follow them.
NOT_A_NAME = frozenset(
    {
        "彩蛋",  # `🎁彩蛋:我们正在招…`, an article's surprise at its end
        "测试",  # a survey's or a form's test entry (`岗位名称:测试`)
        "来自",  # `来自:某某 > 《文集》`, where a saved page came from
        "版本",  # a controlled document's `文件编号:… 版本:2024年第2版 生效日期:…`
        "对内",  # `工作协作 对内:A、B;对外:C`: the two sides of a post's partners
        "对外",
        "作者",  # a Q&A site's copy notice: `作者:X` `链接:…` `来源:知乎`
        "来源",
        # A bid's signing block (`投标人:X公司(盖单位章)`, `日期:2024年6月12日`).
        "投标人",
        "述职人",  # `述职人:陈志刚`, over a manager's report
        # A team wiki's words before a list or a block (`一句话:…具体包括:`, `KR:A;B`).
        "一句话",
        "同步块",
        "组内",
        "KR",
        "招标人",
        "日期",
        # A site's footer and a menu (`資料維護:學務處`, `今日人次:214`, `關於本處`).
        "资料维护",
        "主管部门",  # a regulation's record (`主管部门:管理部总务课`)
        "资料来源",
        "今日人次",
        "浏览人次",
        "点阅次数",
        "服务时间",
        "关于本处",
        "关于我们",
        "联系我们",
        "考核方面",  # `考核方面:X主要看A和B;…`: measures of several posts
        "部门考核",  # `部门考核:前厅部看A和B;礼宾组看C`: the units' measures
        "匿名用户",  # a comment's author
        "科室",  # `科室职责` under a unit's heading: its duties (a nameless heading)
        "职务",  # `三、職務績效指標`: the posts' measures, under each post's name
        "邮编",  # `邮编:675800`
        "下载提示",  # a document site's notice
        "回复",  # a comment's reply
        "转载请注明出处",
        "END",  # an article's end mark
        "验证码",  # a comment form's fields, and where a post was filed
        "昵称",
        "暱称",  # (OpenCC keeps `暱稱`'s 暱)
        "已投稿到",
        "邮政编码",
        # A page's contact line (`TEL:03-59X-XXXX FAX:…`).
        "TEL",
        "FAX",
        "Tel",
        "Fax",
        "E-mail",
        "Email",
        # `关键岗位职责`, `第四章 主要岗位职责`: kinds of positions, not a position.
        "关键",
        "主要",
        "重要",
        "核心",
        "一般",
        "通用",
        "基层",
        "中层",
        "高层",
        "抄送",
        "抄报",
        "员工",  # `员工 186 人`: a company's size
        # A team's bare word (`小组职责` under the team's heading).
        "小组",
        "团队",
        "本组",
        # `年度考核指标:`: the period of the measures, not whose they are.
        "年度",
        "季度",
        "月度",
        # A page's contact line (`电话:2345 6789 传真:2345 6790`, `营业时间:…`).
        "营业时间",
        "办公时间",
        "办公地址",
        "电话",
        "传真",
        "地址",
        "邮箱",
        "电邮",
        "网址",
        # A government page's catalogue fields (`主题分类:机构职能`) and menu (`机构职能 |`).
        "主题分类",
        "发布机构",
        "机构名称",
        "机构",
        # Words ending as units do: `仓储布局`, `控股`.
        "布局",
        "格局",
        "大局",
        "全局",
        "当局",
        "结局",
        "控股",
        "参股",
        "持股",
        # A list's lead-in (`负责所辖楼栋的业主服务。具体包括:`).
        "具体包括",
        "主要包括",
        "具体如下",
        "内容包括",
        "汇报",  # `汇报:每周一例会上向运营副总汇报…`: what the post reports, no post
        "追问",  # a Q&A page's follow-up question and answer
        "追答",
        # An article's own sections (`写在最后:…`) and a reply under it (`作者回复:…`).
        "写在最后",
        "写在前面",
        "结语",
        "总结",
        "小结",
        "后记",
        "作者回复",
        "下期预告",
        "赞赏",  # a blog's tip button
        "赞赏支持",
        # A recruiting page's own fields (`Closing Date 截止日期:2024-06-14`).
        "截止日期",
        "参考编号",
        "博主回复",
        # `内部——财务部;外部——物流公司`: sides of a relation, not units.
        "内部",
        "外部",
        # A form's sign-off cells (`核准:<TAB>审核:<TAB>制表:人事课`).
        "制表",
        "制表人",
        "核准",
        "审核",
        "批准",
        # An authority table's columns (`经办:课员 审核:课长 核定:处长`) and a rule's
        # distribution line (`分发单位:…`).
        "核定",
        "经办",
        "会签",
        "分发单位",
        "分送单位",
        "权责单位",
        "姓名",
        "人数",
        "合计",
        "时间",
        "地点",
        "目的",
        "主要目的",
        "备注",
        "说明",
        "注",
        "注意",
        "要求",
        "内容",
        "原则",
        "方法",
        "流程",
        "步骤",
        "目标",
        "范围",
        "作用",
        "对象",
        "结果",
        "提交结果",
        "方式",
        "前言",
        "引言",
        "总则",
        "附则",
        "领导",
        "下属",
        "职责",
        "职能",
        "岗位",
        "部门",
        "公司",
        "导语",
        "工作",
        "目录",
        "其他",
        "其它",
        "主要责任",
        "辅助责任",
        "辅助任务",
        "主要工作",
        "管理",
        "例如",
        "路径一",
        "路径二",
        "路径三",
        "方法1",
        "方法2",
        "部门职能",
        "职责分工",
        "组织架构",
        "岗位说明",
        "部门组织架构",
        "人员编制",
        "岗位职责分工",
        "各部门职责",
        "线色示意",
    }
)
# Words that make a would-be name a phrase instead: plural or generic headings.
# `本表由人力资源部负责解释`: the closing note of a form or a regulation, about no unit.
FORM_NOTE = r"^本(?:表|制度|办法|规定|细则|说明书?|册)"
NAME_BLOCKERS = re.compile(
    r"[各及的、,;。:()“”\"‘’]|^(?:不|并非|而非|没有|有|至|浅谈|谈谈|试论|漫谈|如何|怎样)|(?:调整|变更|改)为|(?<=.)之|以下|如下|下列|所有|全体|主要|以上|其他|其它|相关|人员构成|组织|"
    # `与` joins two words of a phrase; a unit may be named for two (`合规与法务部`).
    r"与(?![\u4e00-\u9fff]{1,4}(?:部|组|室|科|中心|处)$)|"
    # ... and so `和`, in a public body's 科 or 处 (`水资源和节约用水科`), not between two
    # units' names (`财务科和人事科`).
    r"(?<=[部组室科处局心])和|和(?![\u4e00-\u9fff]{1,5}[科处]$)|"
    # `组织架构`, `人员结构`; but a unit or a post may be named for one (`基础架构部`,
    # `结构设计组`, `系统架构师`).
    r"(?:架构|结构)(?![\u4e00-\u9fff]{0,4}(?:部|组|室|科|中心|处|师)$)|"
    r"流程|制度|规范|手册|说明书|职责|职能|工作(?![处部室组科办委站者]|中心)|管理办法|一览|明细|示意|要求|岗位设置|体系(?![组部科室]$)|"
    # `第九届董事会成员`: the members of a term of a board, no post; `年度部门…`, a period's.
    r"^第[一二三四五六七八九十\d]{1,3}届|^(?:年度|季度|月度)|"
    r"编制表|简介|概述|分工|负责(?!人)|进行|代行|履行|行使|实施(?![\u4e00-\u9fff]{0,4}(?:部|组|室|科|中心|处|顾问|工程师|专员|经理|主管|总监)$)|完成|制定|根据|通过|如何|什么|为什么|哪些|"
    # `岗位级`, `部门级`: a level of a sheet (`二、岗位级关键绩效指标`), not a title.
    r"级$|下设|下辖|隶属|归属|[一二三四五六七八九十两几\d][个位]|这块|那块|这边|那边|" + FORM_NOTE
)

# Staffing-table counts: `(1人)`, `1名`, `二名`, `N 名`.
CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
STAFFING_NOISE = re.compile(
    r"定岗|待岗|在岗|缺编|共计|合计|总计|编制|本部门|暂定|包含|约|目前|现有|每店|每区|每班"
    # A shift's note in a staffing table: `周末中班加1人`, `三班倒夜班2人`.
    r"|[早中晚夜]班|班倒"
    # A posting's line of requirements: `3-5年 本科 招2人`.
    r"|本科|大专|硕士|学历|招$"
    # An office system's count of readers: `阅读情况:已阅 312 人 未阅 45 人`.
    r"|^[已未]阅$"
)

# Items that grant a power.
AUTHORITY_ITEM = re.compile(
    r"有权|权利|[^\s,;。]权\s*$|[^\s,;。]权[;。,]|权力|拥有.{0,20}权|审批权|建议权"
)
# Items that are measures when they sit under a KPI column: short nouns ending in a rate.
KPI_ITEM = re.compile(r"^.{1,10}(?:率|度|额|量|数|成本|占有率|份额|指标|情况|水平|评价)$")

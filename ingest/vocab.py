"""Generic vocabularies of Chinese organisation documents: name suffixes and field labels.

Nothing here names a company or a particular role; these are the words any 岗位说明书 or
部门职责 sheet uses, kept in small named constants so a rule reads like its description.
"""

from __future__ import annotations

import re

# A role title ends with one of these (longest first matters only for stripping).
ROLE_SUFFIXES = (
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
    "长",
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
    "董事会",
    "中心",
    "小组",
    "团队",
    "部",
    "组",
    "科",
    "处",
    "办",
    "课",
)
# Acronyms that name a role, not a team.
ROLE_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO", "CMO", "CIO", "CHO", "VP", "HR", "HRBP"})

# Words after a name in a heading: `销售经理岗位职责`, `财务部部门职能`, `营销总监岗位说明书`.
HEADING_KEYWORDS = (
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
)

# Field labels. Each maps to what its content is.
FIELD_KINDS: dict[str, str] = {}


def _fields(kind: str, *labels: str) -> None:
    for label in labels:
        FIELD_KINDS[label] = kind


_fields("name", "职位名称", "岗位名称", "职务名称", "职称", "职位")
_fields("dept_name", "部门名称")
_fields(
    "department",
    "所属部门",
    "所在部门",
    "隶属部门",
    "归属部门",
    "部门",
    "所在科室",
    "所属科室",
    "所属单位",
    "所在单位",
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
)
_fields("parent", "上级部门", "上级单位")
_fields(
    "subordinate",
    "下属岗位",
    "直接下级",
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
    "直接部属",
    "部属",
    "下属人员",
    "直接下属人员",
)
_fields("child_depts", "下属部门", "下设部门", "所辖部门", "管辖部门")
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
    "业务职能",
    "具体职能",
    "职能",
    "管理职能",
    "管理责任",
    "主要职能",
    "岗位描述",
    "职责描述",
    "具体职责",
    "工作任务",
    "日常事务",
    "周期事务",
    "特殊事务",
    "部门职掌",
    "职掌",
    "职责细分",
    "具体工作",
)
_fields(
    "summary",
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
    "职务代理人",
    "职等",
    "部门主管",
    "制定单位",
    "领导",
    "岗位状态",
    "部门编号",
    "主管岗位",
    "岗位编号",
    "职位编号",
    "岗位等级",
    "岗位级别",
    "职位等级",
    "工作地点",
    "工作关系",
    "上下级关系",
    "职位代码",
    "岗位代码",
    "岗位类别",
    "职级",
    "薪资等级",
    "薪酬等级",
    "工作时间",
    "工作环境",
    "使用工具",
    "晋升方向",
    "可晋升岗位",
    "可轮换岗位",
    "权重",
    "分值",
    # Columns of a KPI sheet that describe its measure (`序号 指标名称 权重 考核标准`).
    "数据来源",
    "信息来源",
    "评分标准",
    "评分方法",
    "计分方法",
    "计算公式",
    "指标定义",
    "计算方式",
    "计算方法",
    "目标值",
    "考核周期",
    "考核期间",
    "被考核人",
    "考核人",
    "得分",
    "部门负责人",
    "工作领域",
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
    "岗位任职资质要求",
    "资格要求",
    "参加会议",
    "工作流程",
    "职业发展路径",
    "工作流程",
    "操作流程",
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
    "任用资格",
    # The lines of a qualifications section (`学历:大学以上`).
    "学历",
    "经历",
    "工作经历",
    "专业",
    "年龄",
    "性别",
    "证照",
)
_fields("authority", "管理权限", "权限", "权力", "职权", "岗位权限", "工作权限", "权责")
_fields(
    "kpi",
    "指标名称",
    "KPI名称",
    "考核项目",
    "考核指标",
    "量化指标",
    "相关量化指标",
    "KPI",
    "关键绩效指标",
    "关键绩效指标(KPI)",
    "KPI指标",
    "绩效考核指标",
    "绩效指标",
    "考核内容",
    "工作评估标准",
    "评估标准",
    "考核标准",
    "衡量标准",
    "表现指标",
    "绩效考核",
)
_fields("reports", "每日汇报工作", "每周汇报工作", "每月汇报工作", "汇报工作", "报告工作")
_fields(
    "headcount",
    "人员编制",
    "岗位编制",
    "编制人数",
    "部门岗位编制",
    "定员",
    "定员人数",
    "岗位定员",
    "定编人数",
    "岗位人数",
    "备注",
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
)

# The column of a KPI table that names each measure: where a table has one, the other
# KPI columns (`考核标准`) describe those measures and are not measures of their own.
KPI_NAME_COLUMNS = frozenset({"指标名称", "KPI名称", "考核项目", "考核指标", "关键绩效指标"})

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
FORM_NOTE = r"^本(?:表|制度|办法|规定|细则|说明书?)"
NAME_BLOCKERS = re.compile(
    r"[各及与和的、,;。:()]|以下|如下|所有|全体|主要|以上|其他|其它|相关|人员构成|组织|架构|结构|"
    r"流程|制度|规范|手册|说明书|职责|职能|工作|管理办法|一览|明细|示意|要求|岗位设置|体系|"
    r"编制表|简介|概述|分工|负责(?!人)|进行|实施|完成|制定|根据|通过|如何|什么|为什么|哪些|"
    # `岗位级`, `部门级`: a level of a sheet (`二、岗位级关键绩效指标`), not a title.
    r"级$|" + FORM_NOTE
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
STAFFING_NOISE = re.compile(r"定岗|待岗|在岗|缺编|共计|合计|总计|编制|本部门|暂定|包含|约")

# Items that grant a power.
AUTHORITY_ITEM = re.compile(
    r"有权|权利|[^\s,;。]权\s*$|[^\s,;。]权[;。,]|权力|拥有.{0,20}权|审批权|建议权"
)
# Items that are measures when they sit under a KPI column: short nouns ending in a rate.
KPI_ITEM = re.compile(r"^.{1,10}(?:率|度|额|量|数|成本|占有率|份额|指标|情况|水平|评价)$")

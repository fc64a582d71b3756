<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="132"/>
        <source>修改户信息</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="132"/>
        <source>登记新户</source>
        <translation>Register household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="143"/>
        <source>&lt;b&gt;户主&lt;/b&gt;</source>
        <translation>&lt;b&gt;Head of household&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <source>问题照片…</source>
        <translation>Problem photos…</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>本户照片</source>
        <translation>This household's photos</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="82"/>
        <location filename="../../gridworker/ui/household_screen.py" line="223"/>
        <source>开始走访</source>
        <translation>Start visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="85"/>
        <source>修改户信息…</source>
        <translation>Edit household…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="87"/>
        <source>添加成员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="99"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="100"/>
        <source>与户主关系</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="101"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="102"/>
        <source>健康</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="103"/>
        <source>在校/文化</source>
        <translation>School / education</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="104"/>
        <source>务工</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="105"/>
        <source>医保养老</source>
        <translation>Insurance / pension</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="106"/>
        <source>劳动技能</source>
        <translation>Labour ability</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="115"/>
        <source>走访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="116"/>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="117"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="118"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="119"/>
        <source>风险/问题</source>
        <translation>Risks / problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="129"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="130"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="131"/>
        <source>情况</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="132"/>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="133"/>
        <source>解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="138"/>
        <source>标记为已解决…</source>
        <translation>Mark as resolved…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="144"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="145"/>
        <source>对象</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="146"/>
        <location filename="../../gridworker/ui/household_screen.py" line="161"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="147"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="148"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="152"/>
        <source>添加帮扶措施…</source>
        <translation>Add assistance measure…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="158"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="159"/>
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="160"/>
        <source>风险类型</source>
        <translation>Risk type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="165"/>
        <source>家庭成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="166"/>
        <source>走访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="167"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="168"/>
        <source>帮扶措施</source>
        <translation>Assistance measures</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="169"/>
        <source>监测记录</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="207"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="208"/>
        <source>未解决问题</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="209"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="223"/>
        <source>继续走访（草稿）</source>
        <translation>Continue visit (draft)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="254"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="256"/>
        <source>已完成（更正）</source>
        <translation>Completed (correction)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="256"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="280"/>
        <source>未解决</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="293"/>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="55"/>
        <source>网格员入户走访</source>
        <translation>Grid worker household visits</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="76"/>
        <source>添加帮扶措施</source>
        <translation>Add assistance measure</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="79"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="80"/>
        <source>对象</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="81"/>
        <source>具体内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="82"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="90"/>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="188"/>
        <source>修改成员</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="188"/>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="119"/>
        <source>请按提示修改后再保存</source>
        <translation>Please correct the marked entries and save again</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="47"/>
        <source>问题已解决</source>
        <translation>Problem resolved</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="50"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="51"/>
        <source>解决日期</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="52"/>
        <source>解决情况说明</source>
        <translation>How it was resolved</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="76"/>
        <source>正在读取花名册…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="39"/>
        <source>搜索：姓名、拼音首字母（如 zs）、身份证号后几位、地址</source>
        <translation>Search: name, pinyin initials (e.g. zs), end of ID number, address</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="42"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="42"/>
        <source>应走访（含逾期）</source>
        <translation>Due (incl. overdue)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="43"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="47"/>
        <source>全部户</source>
        <translation>All households</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="48"/>
        <source>所有监测户</source>
        <translation>All monitored households</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="51"/>
        <source>脱贫户</source>
        <translation>Formerly poor</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="52"/>
        <source>有未解决问题</source>
        <translation>Has open problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="120"/>
        <source>显示 %1 户，共 %2 户</source>
        <translation>Showing %1 of %2 households</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="45"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="46"/>
        <source>村</source>
        <translation>village</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="47"/>
        <source>乡镇</source>
        <translation>township</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="48"/>
        <source>县</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="61"/>
        <source>网格员入户走访</source>
        <translation>Grid worker household visits</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="78"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="82"/>
        <source>登记本机…</source>
        <translation>Enrol this computer…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="87"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="88"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="115"/>
        <source>这台电脑上还没有账户。请先登记本机，或联系乡镇管理员。</source>
        <translation>There is no account on this computer yet. Enrol this computer first, or contact the township administrator.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="133"/>
        <source>请先选择账户</source>
        <translation>Please choose an account</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="137"/>
        <source>请输入密码</source>
        <translation>Please enter the password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="140"/>
        <source>正在打开本地数据…</source>
        <translation>Opening local data…</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="252"/>
        <source>清除重签</source>
        <translation>Clear and sign again</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="36"/>
        <source>用户：%1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="37"/>
        <source>范围：%1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="40"/>
        <source>待上传：%1 条</source>
        <translation>Not yet sent: %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="44"/>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="44"/>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="45"/>
        <source>从未同步</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="46"/>
        <source>上次同步</source>
        <translation>last sync</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="115"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="15"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="16"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="17"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="18"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="19"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="20"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="21"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="49"/>
        <source>今天是 %1 %2</source>
        <translation>Today is %2, %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="57"/>
        <source>应走访</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="57"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="58"/>
        <source>本周已走访</source>
        <translation>Visited this week</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="58"/>
        <source>本月已走访</source>
        <translation>Visited this month</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="59"/>
        <source>待上传</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="63"/>
        <source>正在读取花名册…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="82"/>
        <source>双击或按回车打开一户。红色：已逾期；黄色：应走访。</source>
        <translation>Double-click or press Enter to open a household. Red: overdue; yellow: due.</translation>
    </message>
</context>
<context>
    <name>UnsupportedField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="278"/>
        <source>（此类内容请在其他设备上填写）</source>
        <translation>(fill this in on another device)</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="23"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="24"/>
        <source>风险线索</source>
        <translation>Risk clue</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="25"/>
        <source>数据有误</source>
        <translation>Data error</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="26"/>
        <source>提醒</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="54"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="56"/>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="57"/>
        <source>当年监测标准</source>
        <translation>This year&apos;s monitoring line</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="65"/>
        <source>&lt;b&gt;自动计算&lt;/b&gt;</source>
        <translation>&lt;b&gt;Calculated&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="69"/>
        <source>&lt;b&gt;发现的问题和风险&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problems and risks found&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="83"/>
        <source>人均纯收入低于监测标准</source>
        <translation>Net income per person is BELOW the monitoring line</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="86"/>
        <source>人均纯收入高于监测标准</source>
        <translation>Net income per person is above the monitoring line</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>{0}照片</source>
        <translation>{0} photos</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="76"/>
        <source>完成走访</source>
        <translation>Complete visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="79"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="82"/>
        <source>打印/预览…</source>
        <translation>Print / preview…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="88"/>
        <source>走访方式</source>
        <translation>Visit mode</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="151"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="151"/>
        <source>已完成，不能修改</source>
        <translation>Completed, cannot be changed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="153"/>
        <source>（更正记录）</source>
        <translation> (correction)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="155"/>
        <source>走访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="225"/>
        <source>已自动保存 %1</source>
        <translation>Saved automatically at %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="231"/>
        <source>未能保存！</source>
        <translation>Could not save!</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="253"/>
        <source>还有 %1 处需要填写或修改（红字）</source>
        <translation>%1 entries still need filling in or correcting (in red)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="272"/>
        <source>未完成：</source>
        <translation>Not completed: </translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="99"/>
        <source>完成走访（Ctrl+回车）</source>
        <translation>Complete the visit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="230"/>
        <source>（%1 录入）</source>
        <translation>(typed in %1)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="85"/>
        <source>纸质走访后补录时，填实际走访的日期</source>
        <translation>For a paper visit typed in later, enter the day of the visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="402"/>
        <source>还有 %1 处需要填写或修改（红字），%2 节未确认与上次相同</source>
        <translation>%1 answers still to fill in or correct (in red), %2 sections not confirmed against last time</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="147"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="147"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="67"/>
        <source>今日待访</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="68"/>
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="69"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="71"/>
        <source>登记新户…</source>
        <translation>Register household…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="73"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="74"/>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="75"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="76"/>
        <source>放大字体</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="77"/>
        <source>缩小字体</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="78"/>
        <source>默认字号</source>
        <translation>Default text size</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="88"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="94"/>
        <source>转到</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="97"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="101"/>
        <source>语言 Language</source>
        <translation>Language 语言</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="104"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="26"/>
        <source>密码不正确</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="28"/>
        <source>磁盘已满</source>
        <translation>Disk full</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="30"/>
        <source>无法打开本地数据</source>
        <translation>Cannot open local data</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="32"/>
        <source>需要升级程序</source>
        <translation>Program update needed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="34"/>
        <source>此设备已停用</source>
        <translation>This device has been disabled</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="36"/>
        <source>未保存：有内容需要修改</source>
        <translation>Not saved: some entries need changing</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="37"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="47"/>
        <source>已保存的数据没有被改动。请联系乡镇或县里的管理员。</source>
        <translation>Nothing already saved was changed. Please contact the township or county administrator.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="53"/>
        <source>程序遇到意外错误，刚才的操作没有完成。已保存的数据没有丢失。</source>
        <translation>An unexpected error stopped that action. Nothing already saved was lost.</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="22"/>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="23"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="24"/>
        <source>户类型</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="25"/>
        <source>监测对象类型</source>
        <translation>Monitoring type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="26"/>
        <location filename="../../gridworker/ui/household_edit.py" line="50"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="27"/>
        <source>长期外出</source>
        <translation>Long absent</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="30"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="31"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="32"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="33"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="34"/>
        <source>与户主关系</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="35"/>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="38"/>
        <source>残疾类别</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="42"/>
        <source>劳动技能</source>
        <translation>Labour ability</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="43"/>
        <source>文化程度（不在校）</source>
        <translation>Education (not in school)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="44"/>
        <source>在校生状况</source>
        <translation>School status</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="45"/>
        <source>务工所在地</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="46"/>
        <source>务工月数</source>
        <translation>Months worked</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="47"/>
        <source>城乡居民基本医疗保险</source>
        <translation>Resident medical insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="48"/>
        <source>职工基本医疗保险</source>
        <translation>Employee medical insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="49"/>
        <source>城乡居民基本养老保险</source>
        <translation>Resident pension insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="138"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="37"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="38"/>
        <source>应走访</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="39"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="51"/>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="52"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="53"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="54"/>
        <source>户类型</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="55"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="56"/>
        <source>未解决问题</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="57"/>
        <source>上次走访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="58"/>
        <source>应访日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="59"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="150"/>
        <source>（长期外出）</source>
        <translation> (long absent)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="160"/>
        <source>从未</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="116"/>
        <source>已改，上次：%1</source>
        <translation>Changed; last time: %1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="41"/>
        <source>（待确认）</source>
        <translation> (to confirm)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="42"/>
        <source>（同上次）</source>
        <translation> (as last time)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="43"/>
        <source>（已修改）</source>
        <translation> (edited)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="65"/>
        <source>与上次相同(&amp;S)</source>
        <translation>&amp;Same as last time</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="68"/>
        <source>上次的答案都没有变：确认并转到下一节（回车）</source>
        <translation>Nothing changed since last time: confirm and go to the next section (Enter)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="70"/>
        <source>修改(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="331"/>
        <source>上次走访（%1）的答案，还不算本次的回答。</source>
        <translation>Answers from the last visit (%1); not yet answers of this visit.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="332"/>
        <source>已确认与上次走访（%1）相同。</source>
        <translation>Confirmed as at the last visit (%1).</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="333"/>
        <source>从上次走访（%1）的答案改起，改过的标有「已改」。</source>
        <translation>Editing from the last visit's answers (%1); changed answers are marked "Changed".</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="414"/>
        <source>请先选择「与上次相同」或「修改」：这一节还没有回答。</source>
        <translation>Choose "Same as last time" or "Edit" first: this section is not answered yet.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>删除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>双击查看</source>
        <translation>Double-click to view</translation>
    </message>
    <message>
        <source>暂无照片</source>
        <translation>No photos yet</translation>
    </message>
    <message>
        <source>正在从服务器下载照片…</source>
        <translation>Downloading photos from the server…</translation>
    </message>
    <message>
        <source>照片下载失败：</source>
        <translation>Photo download failed: </translation>
    </message>
    <message>
        <source>下载照片</source>
        <translation>Download photos</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.tif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.tif *.webp)</translation>
    </message>
    <message>
        <source>正在处理照片…</source>
        <translation>Processing the photo…</translation>
    </message>
    <message>
        <source>照片已添加</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <source>照片已删除（记录保留在历史中）</source>
        <translation>Photo removed (kept in the history)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>拍摄时间：{taken}　添加：{by}，{at}　{w}×{h} 像素，{kb} KB</source>
        <translation>Taken: {taken}   Added by {by}, {at}   {w}×{h} px, {kb} KB</translation>
    </message>
</context>
<context>
    <name>ProblemPhotos</name>
    <message>
        <source>整改前照片</source>
        <translation>Before the fix</translation>
    </message>
    <message>
        <source>整改后照片</source>
        <translation>After the fix</translation>
    </message>
    <message>
        <source>问题照片：{0}</source>
        <translation>Problem photos: {0}</translation>
    </message>
</context>
</TS>

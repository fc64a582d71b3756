<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="47"/>
        <source>批量打印走访记录</source>
        <translation>Print visit records in a batch</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="50"/>
        <source>（正在读取…）</source>
        <translation>(reading…)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="62"/>
        <source>标准版（证件号码只显示后4位）</source>
        <translation>Standard (last 4 digits of ID numbers)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="63"/>
        <source>公示版（不显示证件号码、电话、银行账户和健康状况）</source>
        <translation>Public version (no ID numbers, phones, bank accounts or health)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="64"/>
        <source>含完整证件号码（只供存档，不得张贴）</source>
        <translation>With full ID numbers (archive only, never posted)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="72"/>
        <source>村或网格</source>
        <translation>Village or grid</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="73"/>
        <source>走访日期从</source>
        <translation>Visit dates from</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="74"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="75"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="79"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="66"/>
        <source>登记本机</source>
        <translation>Enrol this computer</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="79"/>
        <source>县服务器地址</source>
        <translation>County server address</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="80"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="81"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="86"/>
        <source>登记</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="93"/>
        <source>用乡镇或县里给您的账户登记这台电脑。登记后数据会自动同步。</source>
        <translation>Enrol this computer with the account the township or county gave you. After that, data syncs by itself.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="106"/>
        <source>服务器地址应类似 http://192.168.1.10:8750</source>
        <translation>The server address looks like http://192.168.1.10:8750</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="109"/>
        <source>请填写用户名和密码</source>
        <translation>Please enter the username and password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="112"/>
        <source>正在登记，请稍候…</source>
        <translation>Enrolling, please wait…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="131"/>
        <source>登记成功</source>
        <translation>Enrolled</translation>
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
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="136"/>
        <source>修改户信息</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="136"/>
        <source>登记新户</source>
        <translation>Register household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="147"/>
        <source>&lt;b&gt;户主&lt;/b&gt;</source>
        <translation>&lt;b&gt;Head of household&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HouseholdListDialog</name>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="33"/>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="34"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="35"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="36"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="37"/>
        <source>户类型</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="38"/>
        <source>监测对象类别</source>
        <translation>Monitoring category</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="39"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="117"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="124"/>
        <source>%1：共 %2 户。双击一户打开。</source>
        <translation>%1: %2 households. Double-click one to open it.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="143"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="145"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="153"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="81"/>
        <location filename="../../gridworker/ui/household_screen.py" line="222"/>
        <source>开始走访</source>
        <translation>Start visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="84"/>
        <source>修改户信息…</source>
        <translation>Edit household…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="86"/>
        <source>添加成员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="98"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="99"/>
        <source>与户主关系</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="100"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="101"/>
        <source>健康</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="102"/>
        <source>在校/文化</source>
        <translation>School / education</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="103"/>
        <source>务工</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="104"/>
        <source>医保养老</source>
        <translation>Insurance / pension</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="105"/>
        <source>劳动技能</source>
        <translation>Labour ability</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="114"/>
        <source>走访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="115"/>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="116"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="117"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="118"/>
        <source>风险/问题</source>
        <translation>Risks / problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="128"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="129"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="130"/>
        <source>情况</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="131"/>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="132"/>
        <source>解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="137"/>
        <source>标记为已解决…</source>
        <translation>Mark as resolved…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="143"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="144"/>
        <source>对象</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="145"/>
        <location filename="../../gridworker/ui/household_screen.py" line="160"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="146"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="147"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="151"/>
        <source>添加帮扶措施…</source>
        <translation>Add assistance measure…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="157"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="158"/>
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="159"/>
        <source>风险类型</source>
        <translation>Risk type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="164"/>
        <source>家庭成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="165"/>
        <source>走访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="166"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="167"/>
        <source>帮扶措施</source>
        <translation>Assistance measures</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="168"/>
        <source>监测记录</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="206"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="207"/>
        <source>未解决问题</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="208"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="222"/>
        <source>继续走访（草稿）</source>
        <translation>Continue visit (draft)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="253"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="255"/>
        <source>已完成（更正）</source>
        <translation>Completed (correction)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="255"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="279"/>
        <source>未解决</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="292"/>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="77"/>
        <source>网格员入户走访</source>
        <translation>Grid worker household visits</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="177"/>
        <source>后台任务</source>
        <translation>background work</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="178"/>
        <source>正在停止%1…</source>
        <translation>Stopping %1…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="180"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="97"/>
        <source>添加帮扶措施</source>
        <translation>Add assistance measure</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="102"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="103"/>
        <source>对象</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="104"/>
        <source>具体内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="105"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="115"/>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="195"/>
        <source>修改成员</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="195"/>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
</context>
<context>
    <name>QualityRules</name>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="235"/>
        <source>身份证号码校验不通过</source>
        <translation>ID number check digit wrong</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="236"/>
        <source>身份证号码重复</source>
        <translation>ID number used twice</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="237"/>
        <source>户主人数不对（没有户主或有两个以上）</source>
        <translation>Wrong number of heads (none, or two or more)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="238"/>
        <source>配偶多于一人</source>
        <translation>More than one spouse</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="239"/>
        <source>文化程度与在校生状况须填且只填一项</source>
        <translation>Exactly one of education and school status</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="240"/>
        <source>务工所在地与务工月数不一致</source>
        <translation>Work place and months of work disagree</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="241"/>
        <source>联系电话不是11位数字</source>
        <translation>Phone number is not 11 digits</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="242"/>
        <source>居民医保与职工医保须参加且只参加一项</source>
        <translation>Exactly one of resident and employee medical insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="243"/>
        <source>户主与配偶性别相同</source>
        <translation>Head and spouse of the same sex</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="244"/>
        <source>识别不满2个月即风险消除</source>
        <translation>Risk cleared within 2 months of identification</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="245"/>
        <source>收入低于监测线时风险消除</source>
        <translation>Risk cleared with income below the line</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="118"/>
        <source>请按提示修改后再保存</source>
        <translation>Please correct the marked entries and save again</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="54"/>
        <source>忘记密码</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="57"/>
        <source>请先请乡镇或县管理员重置您的登录密码，再在这里输入重置后的密码，并为这台电脑设一个新密码。本机还没上传的走访记录都会保留。</source>
        <translation>First ask the township or county administrator to reset your login password. Then type the reset password here and choose a new password for this computer. Visits not yet uploaded are all kept.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="71"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="72"/>
        <source>管理员重置后的密码</source>
        <translation>Password reset by the administrator</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="73"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="74"/>
        <source>再输一次新密码</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="79"/>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="92"/>
        <source>这个账户没有在县服务器登记过，无法找回密码。请联系乡镇管理员。</source>
        <translation>This account was never enrolled with the county server, so its password cannot be recovered. Please contact the township administrator.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="99"/>
        <source>请输入管理员重置后的密码</source>
        <translation>Please enter the password the administrator reset</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="102"/>
        <source>新密码至少要 %1 位</source>
        <translation>The new password needs at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="105"/>
        <source>两次输入的新密码不一样，请重新输入</source>
        <translation>The two new passwords differ; please type them again</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="116"/>
        <source>正在向县服务器核对，请稍候…</source>
        <translation>Checking with the county server, please wait…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="128"/>
        <source>密码已重设，请用新密码登录。</source>
        <translation>The password has been reset; sign in with the new password.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="52"/>
        <source>问题已解决</source>
        <translation>Problem resolved</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="58"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="59"/>
        <source>解决日期</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="60"/>
        <source>解决情况说明</source>
        <translation>How it was resolved</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="81"/>
        <source>正在读取花名册…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="39"/>
        <source>搜索：姓名、拼音首字母（如 zs）、身份证号后几位、地址</source>
        <translation>Search: name, pinyin initials (e.g. zs), end of ID number, address</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="44"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="45"/>
        <source>应走访（含逾期）</source>
        <translation>Due (incl. overdue)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="46"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="51"/>
        <source>全部户</source>
        <translation>All households</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="52"/>
        <source>所有监测户</source>
        <translation>All monitored households</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="55"/>
        <source>脱贫户</source>
        <translation>Formerly poor</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="56"/>
        <source>有未解决问题</source>
        <translation>Has open problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="130"/>
        <source>显示 %1 户，共 %2 户</source>
        <translation>Showing %1 of %2 households</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="52"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="53"/>
        <source>村</source>
        <translation>village</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="54"/>
        <source>乡镇</source>
        <translation>township</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="55"/>
        <source>县</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="56"/>
        <source>县管理员</source>
        <translation>County administrator</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="83"/>
        <source>网格员入户走访</source>
        <translation>Grid worker household visits</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="100"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="104"/>
        <source>登记本机…</source>
        <translation>Enrol this computer…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="108"/>
        <source>忘记密码…</source>
        <translation>Forgot password…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="114"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="115"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="145"/>
        <source>这台电脑上还没有账户。请先登记本机，或联系乡镇管理员。</source>
        <translation>There is no account on this computer yet. Enrol this computer first, or contact the township administrator.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="159"/>
        <location filename="../../gridworker/ui/signin.py" line="171"/>
        <source>请先选择账户</source>
        <translation>Please choose an account</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="175"/>
        <source>请输入密码</source>
        <translation>Please enter the password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="178"/>
        <source>正在打开本地数据…</source>
        <translation>Opening local data…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="196"/>
        <source>（本机数据都还在）请重新登记本机。</source>
        <translation>(All data on this computer is kept.) Please enrol this computer again.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="312"/>
        <source>清除重签</source>
        <translation>Clear and sign again</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="46"/>
        <source>用户：%1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="47"/>
        <location filename="../../gridworker/ui/statusbar.py" line="70"/>
        <source>范围：%1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="55"/>
        <source>待上传：%1 次走访，%2 户</source>
        <translation>To upload: %1 visits, %2 households</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="60"/>
        <source>待上传：%1 户的资料改动</source>
        <translation>To upload: changes to %1 households</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="62"/>
        <source>待上传：无</source>
        <translation>To upload: nothing</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="77"/>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="77"/>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="80"/>
        <source>从未同步</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="81"/>
        <source>上次同步</source>
        <translation>last sync</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="86"/>
        <source>本机时钟与服务器相差 %1 分钟，请校准时间</source>
        <translation>This computer&apos;s clock is %1 minutes off the server&apos;s; please set the time</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="93"/>
        <source>待核对 %1 条</source>
        <translation>%1 to review</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="286"/>
        <location filename="../../gridworker/ui/sync_service.py" line="295"/>
        <location filename="../../gridworker/ui/sync_service.py" line="376"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="292"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="43"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="44"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="45"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="46"/>
        <source>本机的值</source>
        <translation>Value on this computer</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="47"/>
        <source>服务器的值</source>
        <translation>Value on the server</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="48"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="49"/>
        <source>发现时间</source>
        <translation>Found at</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="50"/>
        <source>已核对</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="77"/>
        <source>同步待核对：冲突与被隔离的记录</source>
        <translation>Sync review: conflicts and refused records</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="81"/>
        <source>两台设备同时修改了同一内容时，两个值都保留在这里；被服务器拒收的记录也列在这里，并写明原因。核对后请标为已核对。</source>
        <translation>When two devices changed the same item, both values are kept here; records the server refused are listed here too, with the reason. Mark each as reviewed once checked.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="95"/>
        <source>也显示已核对的</source>
        <translation>Also show reviewed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="97"/>
        <source>标为已核对</source>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="100"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="102"/>
        <source>没有待核对的记录。</source>
        <translation>Nothing to review.</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="42"/>
        <source>上传 %1 条（服务器收下 %2 条），下载 %3 条</source>
        <translation>Sent %1 records (%2 accepted by the server), received %3</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="43"/>
        <source>有 %1 处是两台设备改了同一项，请在“待核对”里看一下</source>
        <translation>%1 items were changed on two devices; please look at them under “To review”</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="44"/>
        <source>有 %1 条被县服务器退回，已另外保存，请在“待核对”里查看原因</source>
        <translation>%1 records were refused by the county server; they are kept aside. See the reason under “To review”</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="45"/>
        <source>有 %1 条这次没发出去，下次同步会再发</source>
        <translation>%1 records did not go out this time; the next sync sends them again</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="46"/>
        <source>警告：本机时钟与服务器相差 %1 秒，请校准时间</source>
        <translation>Warning: this computer&apos;s clock is %1 seconds off the server&apos;s; please set the time</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="47"/>
        <source>%1 户已调出您的网格，但本机有未上传的修改，已保留</source>
        <translation>%1 households have moved out of your grid but have changes not yet uploaded here; they are kept</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="48"/>
        <source>核对：本机与服务器数据不一致，已尝试修复：%1</source>
        <translation>Check: this computer and the server disagreed; repaired: %1</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="145"/>
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
        <location filename="../../gridworker/ui/today_screen.py" line="51"/>
        <source>今天是 %1 %2</source>
        <translation>Today is %2, %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="62"/>
        <source>应走访</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="63"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="64"/>
        <source>本周已走访</source>
        <translation>Visited this week</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="65"/>
        <source>本月已走访</source>
        <translation>Visited this month</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="66"/>
        <source>待上传走访</source>
        <translation>Visits to upload</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="71"/>
        <source>正在读取花名册…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="90"/>
        <source>双击或按回车打开一户。红色：已逾期；黄色：应走访。</source>
        <translation>Double-click or press Enter to open a household. Red: overdue; yellow: due.</translation>
    </message>
</context>
<context>
    <name>TownshipScreen</name>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="28"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="102"/>
        <location filename="../../gridworker/ui/township_model.py" line="337"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="104"/>
        <location filename="../../gridworker/ui/township_model.py" line="338"/>
        <location filename="../../gridworker/ui/township_model.py" line="386"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="123"/>
        <location filename="../../gridworker/ui/township_model.py" line="222"/>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="128"/>
        <location filename="../../gridworker/ui/township_model.py" line="223"/>
        <source>应访|户数</source>
        <translation>Due|households</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="130"/>
        <location filename="../../gridworker/ui/township_model.py" line="224"/>
        <source>应访|已走访</source>
        <translation>Due and|visited</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="135"/>
        <location filename="../../gridworker/ui/township_model.py" line="225"/>
        <source>走访率|(%)</source>
        <translation>Visit rate|(%)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="137"/>
        <location filename="../../gridworker/ui/township_model.py" line="226"/>
        <source>逾期|未访</source>
        <translation>Overdue|not visited</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="142"/>
        <location filename="../../gridworker/ui/township_model.py" line="227"/>
        <location filename="../../gridworker/ui/township_model.py" line="290"/>
        <source>已走访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="143"/>
        <location filename="../../gridworker/ui/township_model.py" line="229"/>
        <source>覆盖率|(%)</source>
        <translation>Coverage|(%)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="145"/>
        <source>常年|外出户</source>
        <translation>Long|absent</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="151"/>
        <source>外出户|已联系</source>
        <translation>Absent|contacted</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="157"/>
        <source>期末|未解决问题</source>
        <translation>Open problems|at period end</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="163"/>
        <source>本期|新发现</source>
        <translation>Found|this period</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="169"/>
        <source>本期|已解决</source>
        <translation>Solved|this period</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="174"/>
        <source>动态|清零</source>
        <translation>All|cleared</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="175"/>
        <source>监测户</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="177"/>
        <source>新增|风险线索</source>
        <translation>New|risk clues</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="183"/>
        <source>超期|审定</source>
        <translation>Decided|late</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="189"/>
        <source>超期|未审定</source>
        <translation>Overdue|undecided</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="195"/>
        <source>风险消除|候选</source>
        <translation>Clearance|candidates</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="201"/>
        <source>脱贫人口|务工</source>
        <translation>Formerly poor|in work</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="207"/>
        <source>去年同期|务工</source>
        <translation>In work|last year</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="213"/>
        <source>公益|岗位</source>
        <translation>Public welfare|jobs</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="220"/>
        <location filename="../../gridworker/ui/township_screen.py" line="171"/>
        <source>网格员</source>
        <translation>Grid workers</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="221"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="228"/>
        <source>走访|次数</source>
        <translation>Visits|made</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="385"/>
        <source>双击查看户名单</source>
        <translation>Double-click to list the households</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="430"/>
        <source>%4年第%1周（%2–%3）</source>
        <translation>Week %1, %4 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="432"/>
        <source>第%1周（%2–%3）</source>
        <translation>Week %1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="442"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="447"/>
        <source>%1年第%2季度</source>
        <translation>Q%2 %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="54"/>
        <source>周（周调度）</source>
        <translation>Week (weekly review)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="55"/>
        <source>月（月督查）</source>
        <translation>Month (monthly check)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="56"/>
        <source>季度（季通报）</source>
        <translation>Quarter (quarterly report)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="120"/>
        <source>乡镇报表</source>
        <translation>Township report</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="133"/>
        <source>尚未同步</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="141"/>
        <source>统计期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="145"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="146"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="147"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="148"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="170"/>
        <source>分村指标</source>
        <translation>By village</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="172"/>
        <source>数据质量</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="173"/>
        <source>走访率（%，应访户）</source>
        <translation>Visit rate (%, of households due)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="174"/>
        <source>期末未解决问题（红色：未清零）</source>
        <translation>Open problems at period end (red: not all cleared)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="241"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="273"/>
        <source>%1 至 %2。双击任一数字查看背后的户名单。</source>
        <translation>%1 to %2. Double-click any figure to list its households.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="282"/>
        <source>统计失败：%1</source>
        <translation>Could not count: %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="331"/>
        <location filename="../../gridworker/ui/township_screen.py" line="338"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="351"/>
        <location filename="../../gridworker/ui/township_screen.py" line="363"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>UnsupportedField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="338"/>
        <source>（此类内容请在其他设备上填写）</source>
        <translation>(fill this in on another device)</translation>
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
        <location filename="../../gridworker/ui/visit_form.py" line="337"/>
        <source>上次走访（%1）的答案，还不算本次的回答。</source>
        <translation>Answers from the last visit (%1); not yet answers of this visit.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="338"/>
        <source>已确认与上次走访（%1）相同。</source>
        <translation>Confirmed as at the last visit (%1).</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="339"/>
        <source>从上次走访（%1）的答案改起，改过的标有「已改」。</source>
        <translation>Editing from the last visit&apos;s answers (%1); changed answers are marked &quot;Changed&quot;.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="420"/>
        <source>请先选择「与上次相同」或「修改」：这一节还没有回答。</source>
        <translation>Choose &quot;Same as last time&quot; or &quot;Edit&quot; first: this section is not answered yet.</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="25"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="26"/>
        <source>风险线索</source>
        <translation>Risk clue</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="27"/>
        <source>数据有误</source>
        <translation>Data error</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="28"/>
        <source>提醒</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="74"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="76"/>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="79"/>
        <source>当年监测线</source>
        <translation>This year&apos;s monitoring line</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="119"/>
        <source>人均纯收入低于监测线</source>
        <translation>Income per person below the monitoring line</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="122"/>
        <source>人均纯收入不低于监测线</source>
        <translation>Income per person not below the monitoring line</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="89"/>
        <source>&lt;b&gt;自动计算&lt;/b&gt;</source>
        <translation>&lt;b&gt;Calculated&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="93"/>
        <source>&lt;b&gt;发现的问题和风险&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problems and risks found&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="97"/>
        <source>完成走访</source>
        <translation>Complete visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="105"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="108"/>
        <source>打印/预览…</source>
        <translation>Print / preview…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="113"/>
        <source>标准版（证件号码只显示后4位）</source>
        <translation>Standard (last 4 digits of ID numbers)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="114"/>
        <source>公示版（用于村内公示）</source>
        <translation>Public version (for posting in the village)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="115"/>
        <source>含完整证件号码（只供存档）…</source>
        <translation>With full ID numbers (for the archive only)…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="128"/>
        <source>走访方式</source>
        <translation>Visit mode</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="244"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="244"/>
        <source>已完成，不能修改</source>
        <translation>Completed, cannot be changed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="246"/>
        <source>（更正记录）</source>
        <translation> (correction)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="123"/>
        <source>走访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="369"/>
        <source>已自动保存 %1</source>
        <translation>Saved automatically at %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="374"/>
        <source>未能保存！</source>
        <translation>Could not save!</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="412"/>
        <source>还有 %1 处需要填写或修改（红字）</source>
        <translation>%1 entries still need filling in or correcting (in red)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="435"/>
        <source>未完成：</source>
        <translation>Not completed: </translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="100"/>
        <source>完成走访（Ctrl+回车）</source>
        <translation>Complete the visit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="238"/>
        <source>（%1 录入）</source>
        <translation>(typed in %1)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="86"/>
        <source>纸质走访后补录时，填实际走访的日期</source>
        <translation>For a paper visit typed in later, enter the day of the visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="410"/>
        <source>还有 %1 处需要填写或修改（红字），%2 节未确认与上次相同</source>
        <translation>%1 answers still to fill in or correct (in red), %2 sections not confirmed against last time</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="180"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="180"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="87"/>
        <source>今日待访</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="88"/>
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="89"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="90"/>
        <source>乡镇报表</source>
        <translation>Township report</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="92"/>
        <source>登记新户…</source>
        <translation>Register household…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="94"/>
        <source>批量打印走访记录…</source>
        <translation>Print visit records in a batch…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="95"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="96"/>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="97"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="98"/>
        <source>放大字体</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="99"/>
        <source>缩小字体</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="100"/>
        <source>默认字号</source>
        <translation>Default text size</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="112"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="118"/>
        <source>转到</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="121"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="125"/>
        <source>语言 Language</source>
        <translation>Language 语言</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="128"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="30"/>
        <source>密码不正确</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="32"/>
        <source>磁盘已满</source>
        <translation>Disk full</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="34"/>
        <source>无法打开本地数据</source>
        <translation>Cannot open local data</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="36"/>
        <source>需要升级程序</source>
        <translation>Program update needed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="38"/>
        <source>此设备已停用</source>
        <translation>This device has been disabled</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="40"/>
        <source>未保存：有内容需要修改</source>
        <translation>Not saved: some entries need changing</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="41"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="51"/>
        <source>已保存的数据没有被改动。请联系乡镇或县里的管理员。</source>
        <translation>Nothing already saved was changed. Please contact the township or county administrator.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="57"/>
        <source>程序遇到意外错误，刚才的操作没有完成。已保存的数据没有丢失。</source>
        <translation>An unexpected error stopped that action. Nothing already saved was lost.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../gridworker/ui/files.py" line="40"/>
        <source>保存失败</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/files.py" line="41"/>
        <source>无法保存：%1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="58"/>
        <source>完整证件号码</source>
        <translation>Full ID numbers</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="59"/>
        <source>将打印完整的身份证号码。纸质记录须妥善保管，不得张贴公示。继续吗？</source>
        <translation>Full ID numbers will be printed. Keep the paper safe and never post it. Continue?</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="83"/>
        <source>保存失败</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="84"/>
        <source>无法保存 PDF：%1</source>
        <translation>Could not save the PDF: %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="106"/>
        <location filename="../../gridworker/ui/printing/report_print.py" line="110"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="125"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="127"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="171"/>
        <location filename="../../gridworker/ui/printing/actions.py" line="245"/>
        <source>批量打印</source>
        <translation>Batch print</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="172"/>
        <source>所选范围内没有已完成的走访记录。</source>
        <translation>There are no completed visits in the chosen area and dates.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="218"/>
        <source>正在生成 %1 份走访记录…</source>
        <translation>Writing %1 visit records…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="219"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="25"/>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="26"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="27"/>
        <source>户类型</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="28"/>
        <source>监测对象类型</source>
        <translation>Monitoring type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="29"/>
        <location filename="../../gridworker/ui/household_edit.py" line="53"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="30"/>
        <source>长期外出</source>
        <translation>Long absent</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="33"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="34"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="35"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="36"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="37"/>
        <source>与户主关系</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="38"/>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="41"/>
        <source>残疾类别</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="45"/>
        <source>劳动技能</source>
        <translation>Labour ability</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="46"/>
        <source>文化程度（不在校）</source>
        <translation>Education (not in school)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="47"/>
        <source>在校生状况</source>
        <translation>School status</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="48"/>
        <source>务工所在地</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="49"/>
        <source>务工月数</source>
        <translation>Months worked</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="50"/>
        <source>城乡居民基本医疗保险</source>
        <translation>Resident medical insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="51"/>
        <source>职工基本医疗保险</source>
        <translation>Employee medical insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="52"/>
        <source>城乡居民基本养老保险</source>
        <translation>Resident pension insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="142"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="43"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="44"/>
        <source>应走访</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="45"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="57"/>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="58"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="59"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="60"/>
        <source>户类型</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="61"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="62"/>
        <source>未解决问题</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="63"/>
        <source>上次走访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="64"/>
        <source>应访日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="65"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="177"/>
        <source>（长期外出）</source>
        <translation> (long absent)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="187"/>
        <source>从未</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="28"/>
        <source>脱贫户</source>
        <translation>Formerly poor</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="29"/>
        <source>普通农户</source>
        <translation>Ordinary farm household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="30"/>
        <source>脱贫不稳定户</source>
        <translation>Formerly poor, unstable</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="31"/>
        <source>边缘易致贫户</source>
        <translation>At the edge of poverty</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="32"/>
        <source>突发严重困难户</source>
        <translation>Sudden severe hardship</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="33"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="34"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="35"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="36"/>
        <source>港澳台居民居住证</source>
        <translation>HK/Macao/Taiwan residence permit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="37"/>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="38"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="39"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="40"/>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="41"/>
        <source>之子</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="42"/>
        <source>之女</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="43"/>
        <source>之儿媳</source>
        <translation>Daughter-in-law</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="44"/>
        <source>之女婿</source>
        <translation>Son-in-law</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="45"/>
        <source>之孙子</source>
        <translation>Grandson</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="46"/>
        <source>之孙女</source>
        <translation>Granddaughter</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="47"/>
        <source>之外孙子</source>
        <translation>Daughter&apos;s son</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="48"/>
        <source>之外孙女</source>
        <translation>Daughter&apos;s daughter</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="49"/>
        <source>之父</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="50"/>
        <source>之母</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="51"/>
        <source>之岳父</source>
        <translation>Wife&apos;s father</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="52"/>
        <source>之岳母</source>
        <translation>Wife&apos;s mother</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="53"/>
        <source>之公公</source>
        <translation>Husband&apos;s father</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="54"/>
        <source>之婆婆</source>
        <translation>Husband&apos;s mother</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="55"/>
        <source>之兄弟姐妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="56"/>
        <source>健康</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="57"/>
        <source>长期慢性病</source>
        <translation>Long-term chronic illness</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="58"/>
        <source>患有大病</source>
        <translation>Serious illness</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="59"/>
        <source>残疾</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="60"/>
        <source>视力</source>
        <translation>Sight</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="61"/>
        <source>听力</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="62"/>
        <source>言语</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="63"/>
        <source>肢体</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="64"/>
        <source>智力</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="65"/>
        <source>精神</source>
        <translation>Mental</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="66"/>
        <source>多重</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="67"/>
        <source>普通劳动力</source>
        <translation>Ordinary labour</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="68"/>
        <source>技能劳动力</source>
        <translation>Skilled labour</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="69"/>
        <source>弱劳动力或半劳动力</source>
        <translation>Weak or half labour</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="70"/>
        <source>丧失劳动力</source>
        <translation>Lost ability to work</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="71"/>
        <source>无劳动力</source>
        <translation>No labour</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="72"/>
        <source>文盲或半文盲</source>
        <translation>Illiterate or semi-literate</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="73"/>
        <source>小学</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="74"/>
        <source>初中</source>
        <translation>Junior middle school</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="75"/>
        <source>高中</source>
        <translation>Senior high school</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="76"/>
        <source>大专</source>
        <translation>College</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="77"/>
        <source>本科及以上</source>
        <translation>Bachelor&apos;s or above</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="78"/>
        <source>学前教育</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="79"/>
        <source>七年级</source>
        <translation>Grade 7</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="80"/>
        <source>八年级</source>
        <translation>Grade 8</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="81"/>
        <source>九年级</source>
        <translation>Grade 9</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="82"/>
        <source>普通高中</source>
        <translation>Senior high school</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="83"/>
        <source>中职</source>
        <translation>Secondary vocational</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="84"/>
        <source>高职</source>
        <translation>Higher vocational</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="85"/>
        <source>技师学院</source>
        <translation>Technician college</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="86"/>
        <source>乡镇内</source>
        <translation>In the township</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="87"/>
        <source>乡镇外县内</source>
        <translation>In the county, outside the township</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="88"/>
        <source>县外省内</source>
        <translation>In the province, outside the county</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="89"/>
        <source>省外</source>
        <translation>Outside the province</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="90"/>
        <source>国外</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="91"/>
        <source>入户</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="92"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="67"/>
        <source>尚未同步</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="71"/>
        <location filename="../../gridworker/ui/township_screen.py" line="74"/>
        <source>上次同步：%1</source>
        <translation>Last sync: %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="55"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="58"/>
        <source>正在读取积分细则…</source>
        <translation>Reading the scoring rules…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="63"/>
        <source>户主或家庭成员姓名</source>
        <translation>Name of the head or a family member</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="71"/>
        <source>保存积分</source>
        <translation>Save points</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="75"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="85"/>
        <source>本户确认人</source>
        <translation>Confirmed by (household)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="97"/>
        <source>%1（%2）现有积分 %3 分</source>
        <translation>%1 (%2): %3 points now</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="100"/>
        <source>县里尚未发布积分细则：暂不能评分</source>
        <translation>The county has not published scoring rules yet: no points can be given</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="103"/>
        <source>本村积分须经村级评议后计入</source>
        <translation>This village&apos;s points count after the village review</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="155"/>
        <source>本次积分：%1 分</source>
        <translation>Points this time: %1</translation>
    </message>
</context>
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
    <name>CaseQueue</name>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="43"/>
        <source>待村级评议、公示的案件</source>
        <translation>Cases waiting for village review and notice</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="44"/>
        <source>待乡镇审核的案件</source>
        <translation>Cases waiting for township review</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="45"/>
        <source>待县级审定的案件</source>
        <translation>Cases waiting for the county&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="72"/>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="73"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="74"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="75"/>
        <source>待办环节</source>
        <translation>Step due</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="76"/>
        <source>线索日期</source>
        <translation>Clue date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="77"/>
        <source>上一环节</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="78"/>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="84"/>
        <source>记录…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="87"/>
        <source>查看此户…</source>
        <translation>Open household…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="89"/>
        <source>公示名单另存为 PDF…</source>
        <translation>Save the notice list as PDF…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="93"/>
        <source>清单另存为 PDF…</source>
        <translation>Save the list as PDF…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="187"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
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
        <translation>Enrol this computer with the account the township or county gave you. Data then syncs by itself.</translation>
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
        <location filename="../../gridworker/ui/household_edit.py" line="144"/>
        <source>修改户信息</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="144"/>
        <source>登记新户</source>
        <translation>Register household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="155"/>
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
        <location filename="../../gridworker/ui/household_screen.py" line="48"/>
        <source>新生儿</source>
        <translation>newborn</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="49"/>
        <source>婚入</source>
        <translation>married in</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="50"/>
        <source>死亡</source>
        <translation>died</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="51"/>
        <source>迁出</source>
        <translation>moved out</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="52"/>
        <source>婚出</source>
        <translation>married out</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="53"/>
        <source>其他</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="104"/>
        <location filename="../../gridworker/ui/household_screen.py" line="330"/>
        <source>开始走访</source>
        <translation>Start visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="107"/>
        <source>修改户信息…</source>
        <translation>Edit household…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="109"/>
        <source>添加成员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="112"/>
        <source>成员离开…</source>
        <translation>Member leaves…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="114"/>
        <source>死亡、迁出、婚出等：登记原因和日期，记入成员变动</source>
        <translation>Died, moved out, married out…: record the reason and date in the member changes</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="134"/>
        <location filename="../../gridworker/ui/household_screen.py" line="212"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="135"/>
        <location filename="../../gridworker/ui/household_screen.py" line="213"/>
        <source>与户主关系</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="136"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="137"/>
        <source>健康</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="138"/>
        <source>在校/文化</source>
        <translation>School / education</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="139"/>
        <source>务工</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="140"/>
        <source>医保养老</source>
        <translation>Insurance / pension</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="141"/>
        <source>劳动技能</source>
        <translation>Labour ability</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="150"/>
        <source>走访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="151"/>
        <source>方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="152"/>
        <location filename="../../gridworker/ui/household_screen.py" line="203"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="153"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="154"/>
        <source>风险/问题</source>
        <translation>Risks / problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="164"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="165"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="166"/>
        <source>情况</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="167"/>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="168"/>
        <source>解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="173"/>
        <source>标记为已解决…</source>
        <translation>Mark as resolved…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="183"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="184"/>
        <source>对象</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="185"/>
        <location filename="../../gridworker/ui/household_screen.py" line="201"/>
        <location filename="../../gridworker/ui/household_screen.py" line="215"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="186"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="187"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="191"/>
        <source>添加帮扶措施…</source>
        <translation>Add assistance measure…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="197"/>
        <location filename="../../gridworker/ui/household_screen.py" line="211"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="198"/>
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="200"/>
        <source>风险类型</source>
        <translation>Risk type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="214"/>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="234"/>
        <source>家庭成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="235"/>
        <source>走访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="238"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="240"/>
        <source>帮扶措施</source>
        <translation>Assistance measures</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="241"/>
        <source>监测记录</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="242"/>
        <source>成员变动</source>
        <translation>Member changes</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="314"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="315"/>
        <source>未解决问题</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="316"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="330"/>
        <source>继续走访（草稿）</source>
        <translation>Continue visit (draft)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="361"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="363"/>
        <source>已完成（更正）</source>
        <translation>Completed (correction)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="363"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="387"/>
        <source>未解决</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="400"/>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="409"/>
        <source>已不在本户</source>
        <translation>no longer in the household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="409"/>
        <source>加入本户</source>
        <translation>joined the household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="116"/>
        <source>积分…</source>
        <translation>Points…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="199"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="202"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="225"/>
        <source>记录环节…</source>
        <translation>Record step…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="228"/>
        <source>处理公示异议…</source>
        <translation>Settle notice objections…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="231"/>
        <source>监测记录另存为 PDF…</source>
        <translation>Save the case history as PDF…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="443"/>
        <source>本机（未同步）</source>
        <translation>This device (not synced)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="466"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="175"/>
        <source>问题照片…</source>
        <translation>Problem photos…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="247"/>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="304"/>
        <source>本户照片</source>
        <translation>This household&apos;s photos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="78"/>
        <source>网格员入户走访</source>
        <translation>Grid worker household visits</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="182"/>
        <source>后台任务</source>
        <translation>Background work</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="183"/>
        <source>正在停止%1…</source>
        <translation>Stopping %1…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="185"/>
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
        <location filename="../../gridworker/ui/household_edit.py" line="211"/>
        <source>修改成员</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="211"/>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="219"/>
        <source>如 2026-11-03（新生儿填出生日期）</source>
        <translation>e.g. 2026-11-03 (for a newborn, the date of birth)</translation>
    </message>
</context>
<context>
    <name>MemberLeaveDialog</name>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="35"/>
        <source>成员离开本户</source>
        <translation>A member leaves the household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="55"/>
        <source>离开的成员不再算在本户，但仍记在成员变动里，打印的走访记录表也会写明。户主离开时，请选定新户主。</source>
        <translation>A member who leaves no longer counts in the household but stays in its member changes, and the printed visit record says so. When the head leaves, choose the new head.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="142"/>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="154"/>
        <source>添加照片…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="158"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="160"/>
        <source>删除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="188"/>
        <source>双击查看</source>
        <translation>Double-click to view</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="190"/>
        <source>暂无照片</source>
        <translation>No photos yet</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="206"/>
        <source>正在从服务器下载照片…</source>
        <translation>Downloading photos from the server…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="209"/>
        <source>照片下载失败：</source>
        <translation>Photo download failed: </translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="217"/>
        <source>下载照片</source>
        <translation>Download photos</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="224"/>
        <source>选择照片</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="224"/>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.tif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.tif *.webp)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="234"/>
        <source>正在处理照片…</source>
        <translation>Processing the photo…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="238"/>
        <source>照片已添加</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="310"/>
        <source>照片已删除（记录保留在历史中）</source>
        <translation>Photo removed (kept in the history)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="332"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="346"/>
        <source>拍摄时间：{taken}&#x3000;添加：{by}，{at}&#x3000;{w}×{h} 像素，{kb} KB</source>
        <translation>Taken: {taken}   Added by {by}, {at}   {w}×{h} px, {kb} KB</translation>
    </message>
</context>
<context>
    <name>ProblemPhotos</name>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="56"/>
        <source>整改前照片</source>
        <translation>Before the fix</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="57"/>
        <source>整改后照片</source>
        <translation>After the fix</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="551"/>
        <source>问题照片：{0}</source>
        <translation>Problem photos: {0}</translation>
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
        <location filename="../../gridworker/ui/household_edit.py" line="126"/>
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
    <name>RedeemTab</name>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="95"/>
        <source>户编号或户主姓名</source>
        <translation>Household number or head’s name</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="97"/>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="97"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="97"/>
        <source>积分余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="101"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="101"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="101"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="101"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="104"/>
        <source>更正所选记录…</source>
        <translation>Correct the selected entry…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="108"/>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="108"/>
        <source>兑换积分</source>
        <translation>Points price</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="108"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="108"/>
        <source>兑换数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="115"/>
        <source>兑换</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="118"/>
        <source>打印兑换凭证…</source>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="125"/>
        <source>本户积分台账</source>
        <translation>The household&apos;s points ledger</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="128"/>
        <source>处理过期积分</source>
        <translation>Expire old points</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="195"/>
        <source>合计：%1 分</source>
        <translation>Total: %1 points</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="200"/>
        <source>请先选择兑换的户</source>
        <translation>Choose the household first</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="208"/>
        <source>已兑换：扣 %1 分，余额 %2 分</source>
        <translation>Redeemed: %1 points taken, %2 left</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="250"/>
        <source>请先在本户积分台账中选择要更正的记录</source>
        <translation>Select the entry to correct in the ledger first</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="257"/>
        <source>已更正（原记录保留）</source>
        <translation>Corrected (the original entry is kept)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="267"/>
        <source>%1 户的过期积分已扣除，共 %2 分</source>
        <translation>Expired points taken from %1 households, %2 points in all</translation>
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
    <name>ReviewDialog</name>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="191"/>
        <source>积分评议</source>
        <translation>Points review</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="194"/>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="194"/>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="194"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="194"/>
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="194"/>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="200"/>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="203"/>
        <source>不通过</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="206"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="213"/>
        <source>本月待评议的积分（选中后点通过或不通过）</source>
        <translation>This month&apos;s points awaiting review (select, then Approve or Reject)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="251"/>
        <source>请先选择要评议的积分</source>
        <translation>Select the points to review first</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="259"/>
        <source>已评议 %1 条</source>
        <translation>%1 reviewed</translation>
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
    <name>ShopScreen</name>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="61"/>
        <source>兑换</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="62"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="64"/>
        <source>爱心超市</source>
        <translation>Village shop</translation>
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
        <translation>(All data on this computer is still here.) Please enrol this computer again.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="108"/>
        <source>忘记密码…</source>
        <translation>Forgot password…</translation>
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
        <translation>%1 to check</translation>
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
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="95"/>
        <source>处理公示异议</source>
        <translation>Settle notice objections</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="111"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="118"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="125"/>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="130"/>
        <source>户主在纸质申请书上按手印</source>
        <translation>Head&apos;s thumbprint on the paper application</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="131"/>
        <source>签字方式</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="138"/>
        <source>线索来源</source>
        <translation>Clue source</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="150"/>
        <source>退回到（退回时）</source>
        <translation>Return to (when returned)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="159"/>
        <source>监测对象类别</source>
        <translation>Monitoring category</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="170"/>
        <source>风险类型</source>
        <translation>Risk types</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="178"/>
        <source>自然消除原因</source>
        <translation>Reason (natural end)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="183"/>
        <source>说明（原因）</source>
        <translation>Note (reason)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="202"/>
        <source>公示开始</source>
        <translation>Notice starts</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="203"/>
        <source>公示结束</source>
        <translation>Notice ends</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="207"/>
        <source>异议内容</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="207"/>
        <source>已处理</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="207"/>
        <source>如何处理</source>
        <translation>How it was settled</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="213"/>
        <source>添加异议</source>
        <translation>Add objection</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="216"/>
        <source>异议</source>
        <translation>Objections</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="288"/>
        <location filename="../../gridworker/ui/shop_screen.py" line="336"/>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="289"/>
        <location filename="../../gridworker/ui/shop_screen.py" line="318"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="290"/>
        <location filename="../../gridworker/ui/shop_screen.py" line="319"/>
        <source>兑换积分</source>
        <translation>Points price</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="291"/>
        <location filename="../../gridworker/ui/shop_screen.py" line="320"/>
        <source>单价（元）</source>
        <translation>Unit value (yuan)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="292"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="293"/>
        <source>盘点数</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="294"/>
        <source>差异原因</source>
        <translation>Reason for a difference</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="312"/>
        <source>添加物品</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="315"/>
        <source>新物品</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="317"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="330"/>
        <source>捐赠人（采购则留空）</source>
        <translation>Donor (empty for a purchase)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="331"/>
        <source>入库</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="334"/>
        <source>捐赠或采购入库</source>
        <translation>Donation or purchase received</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="337"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="338"/>
        <source>捐赠人</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="340"/>
        <source>保存盘点</source>
        <translation>Save count</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="393"/>
        <source>已添加物品：%1</source>
        <translation>Item added: %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="404"/>
        <source>请先添加物品</source>
        <translation>Add an item first</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="411"/>
        <source>已入库</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="429"/>
        <source>盘点已保存</source>
        <translation>Count saved</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="287"/>
        <location filename="../../gridworker/ui/sync_service.py" line="296"/>
        <location filename="../../gridworker/ui/sync_service.py" line="377"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="293"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="58"/>
        <source>两边都改了</source>
        <translation>Changed on both</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="59"/>
        <source>县里退回</source>
        <translation>Refused by the county</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="62"/>
        <source>户信息</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="63"/>
        <source>家庭成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="64"/>
        <source>走访记录</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="65"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="66"/>
        <source>帮扶措施</source>
        <translation>Assistance measure</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="67"/>
        <source>监测记录</source>
        <translation>Monitoring record</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="71"/>
        <source>用了本机的</source>
        <translation>Kept this computer&apos;s</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="72"/>
        <source>用了另一台的</source>
        <translation>Took the other one</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="73"/>
        <source>改成了新的</source>
        <translation>Changed to a new value</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="74"/>
        <source>已核对</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="128"/>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="129"/>
        <source>哪一项</source>
        <translation>Which item</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="130"/>
        <source>本机的值</source>
        <translation>This computer&apos;s value</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="131"/>
        <source>另一台的值</source>
        <translation>The other value</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="132"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="133"/>
        <source>处理</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="143"/>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="152"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="146"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="148"/>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="188"/>
        <source>（本机没有这户）</source>
        <translation>(household not on this computer)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="189"/>
        <source>（户主未填）</source>
        <translation>(no head named)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="191"/>
        <source>户主 %1（户编号 %2）</source>
        <translation>Head %1 (household no. %2)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="215"/>
        <source>同步待核对</source>
        <translation>Sync: to check</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="219"/>
        <source>同一项在两台电脑上都改过、两边不一样时，列在这里：看清两边的值、谁改的、什么时候改的，再选定用哪个。选定后，下次同步会传到县里和其他电脑。被县里退回的记录也列在这里，并写明原因，看过后标为已核对。</source>
        <translation>When the same item was changed differently on two computers, it is listed here: see both values, who changed each and when, then choose which to keep. Your choice goes to the county and the other computers at the next sync. Records the county refused are listed here too, with the reason; mark them reviewed once read.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="244"/>
        <source>用本机的</source>
        <translation>Keep this computer&apos;s</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="247"/>
        <source>用另一台的</source>
        <translation>Take the other one</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="252"/>
        <source>两个都不对时，在这里填对的</source>
        <translation>If neither is right, type the right value here</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="253"/>
        <source>改成这个</source>
        <translation>Change to this</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="260"/>
        <source>也显示已处理的</source>
        <translation>Also show settled ones</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="262"/>
        <source>标为已核对</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="265"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="267"/>
        <source>没有待核对的记录。</source>
        <translation>Nothing to check.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="295"/>
        <source>本机（%1）</source>
        <translation>This computer (%1)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="309"/>
        <source>另一台电脑</source>
        <translation>another computer</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="320"/>
        <source>待处理</source>
        <translation>To settle</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="68"/>
        <source>照片</source>
        <translation>Photo</translation>
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
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="49"/>
        <source>积分核对：%1</source>
        <translation>Points check: %1</translation>
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
        <location filename="../../gridworker/ui/today_screen.py" line="71"/>
        <source>正在读取花名册…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="90"/>
        <source>双击或按回车打开一户。红色：已逾期；黄色：应走访。</source>
        <translation>Double-click or press Enter to open a household. Red: overdue; yellow: due.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="66"/>
        <source>待上传走访</source>
        <translation>Visits to upload</translation>
    </message>
</context>
<context>
    <name>TownshipScreen</name>
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
        <location filename="../../gridworker/ui/township_screen.py" line="174"/>
        <source>期末未解决问题（红色：未清零）</source>
        <translation>Open problems at period end (red: not cleared)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="241"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="273"/>
        <source>%1 至 %2。双击任一数字查看背后的户名单。</source>
        <translation>%1 to %2. Double-click any figure to list the households behind it.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="282"/>
        <source>统计失败：%1</source>
        <translation>Counting failed: %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="331"/>
        <location filename="../../gridworker/ui/township_screen.py" line="338"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="351"/>
        <location filename="../../gridworker/ui/township_screen.py" line="363"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
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
        <location filename="../../gridworker/ui/township_screen.py" line="173"/>
        <source>走访率（%，应访户）</source>
        <translation>Visit rate (%, of households due)</translation>
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
        <location filename="../../gridworker/ui/visit_form.py" line="342"/>
        <source>上次走访（%1）的答案，还不算本次的回答。</source>
        <translation>Answers from the last visit (%1); not yet answers of this visit.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="343"/>
        <source>已确认与上次走访（%1）相同。</source>
        <translation>Confirmed as at the last visit (%1).</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="344"/>
        <source>从上次走访（%1）的答案改起，改过的标有「已改」。</source>
        <translation>Editing from the last visit&apos;s answers (%1); changed answers are marked &quot;Changed&quot;.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="425"/>
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
        <location filename="../../gridworker/ui/visit_panel.py" line="89"/>
        <source>&lt;b&gt;自动计算&lt;/b&gt;</source>
        <translation>&lt;b&gt;Calculated&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="93"/>
        <source>&lt;b&gt;发现的问题和风险&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problems and risks found&lt;/b&gt;</translation>
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
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="106"/>
        <source>完成走访</source>
        <translation>Complete visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="114"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="117"/>
        <source>打印/预览…</source>
        <translation>Print / preview…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="140"/>
        <source>走访方式</source>
        <translation>Visit mode</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="272"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="272"/>
        <source>已完成，不能修改</source>
        <translation>Completed, cannot be changed</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="274"/>
        <source>（更正记录）</source>
        <translation> (correction)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="135"/>
        <source>走访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="406"/>
        <source>已自动保存 %1</source>
        <translation>Saved automatically at %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="411"/>
        <source>未能保存！</source>
        <translation>Could not save!</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="449"/>
        <source>还有 %1 处需要填写或修改（红字）</source>
        <translation>%1 entries still need filling in or correcting (in red)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="472"/>
        <source>未完成：</source>
        <translation>Not completed: </translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="109"/>
        <source>完成走访（Ctrl+回车）</source>
        <translation>Complete the visit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="266"/>
        <source>（%1 录入）</source>
        <translation>(typed in %1)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="95"/>
        <source>纸质走访后补录时，填实际走访的日期</source>
        <translation>For a paper visit typed in later, enter the day of the visit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="447"/>
        <source>还有 %1 处需要填写或修改（红字），%2 节未确认与上次相同</source>
        <translation>%1 answers still to fill in or correct (in red), %2 sections not confirmed against last time</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="130"/>
        <source>积分…</source>
        <translation>Points…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="122"/>
        <source>标准版（证件号码只显示后4位）</source>
        <translation>Standard (last 4 digits of ID numbers)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="123"/>
        <source>公示版（用于村内公示）</source>
        <translation>Public version (for posting in the village)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="124"/>
        <source>含完整证件号码（只供存档）…</source>
        <translation>With full ID numbers (for the archive only)…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="291"/>
        <source>{0}照片</source>
        <translation>{0} photos</translation>
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
        <location filename="../../gridworker/ui/actions.py" line="91"/>
        <source>今日待访</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="92"/>
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="93"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="94"/>
        <source>乡镇报表</source>
        <translation>Township report</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="98"/>
        <source>登记新户…</source>
        <translation>Register household…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="101"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="102"/>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="103"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="104"/>
        <source>放大字体</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="105"/>
        <source>缩小字体</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="106"/>
        <source>默认字号</source>
        <translation>Default text size</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="120"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="126"/>
        <source>转到</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="129"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="133"/>
        <source>语言 Language</source>
        <translation>Language 语言</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="136"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="95"/>
        <source>积分评议…</source>
        <translation>Points review…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="96"/>
        <source>监测案件</source>
        <translation>Monitoring cases</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="100"/>
        <source>批量打印走访记录…</source>
        <translation>Print visit records in a batch…</translation>
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
        <translation>Save failed</translation>
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
        <location filename="../../gridworker/ui/printing/actions.py" line="51"/>
        <source>完整证件号码</source>
        <translation>Full ID numbers</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="52"/>
        <source>将打印完整的身份证号码。纸质记录须妥善保管，不得张贴公示。继续吗？</source>
        <translation>Full ID numbers will be printed. Keep the paper safe and never post it. Continue?</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="62"/>
        <source>保存失败</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="63"/>
        <source>无法保存 PDF：%1</source>
        <translation>Could not save the PDF: %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="85"/>
        <location filename="../../gridworker/ui/printing/report_print.py" line="139"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="104"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="106"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="150"/>
        <location filename="../../gridworker/ui/printing/actions.py" line="224"/>
        <source>批量打印</source>
        <translation>Batch print</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="151"/>
        <source>所选范围内没有已完成的走访记录。</source>
        <translation>There are no completed visits in the chosen area and dates.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="197"/>
        <source>正在生成 %1 份走访记录…</source>
        <translation>Writing %1 visit records…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="198"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="33"/>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="34"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="35"/>
        <source>户类型</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="36"/>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="122"/>
        <source>监测对象类型</source>
        <translation>Monitoring type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="37"/>
        <location filename="../../gridworker/ui/household_edit.py" line="61"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="38"/>
        <source>长期外出</source>
        <translation>Long absent</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="41"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="42"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="43"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="44"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="45"/>
        <source>与户主关系</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="46"/>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="49"/>
        <source>残疾类别</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="53"/>
        <source>劳动技能</source>
        <translation>Labour ability</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="54"/>
        <source>文化程度（不在校）</source>
        <translation>Education (not in school)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="55"/>
        <source>在校生状况</source>
        <translation>School status</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="56"/>
        <source>务工所在地</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="57"/>
        <source>务工月数</source>
        <translation>Months worked</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="58"/>
        <source>城乡居民基本医疗保险</source>
        <translation>Resident medical insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="59"/>
        <source>职工基本医疗保险</source>
        <translation>Employee medical insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="60"/>
        <source>城乡居民基本养老保险</source>
        <translation>Resident pension insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="150"/>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="80"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="197"/>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="100"/>
        <source>加入原因</source>
        <translation>Reason for joining</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="198"/>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="101"/>
        <source>加入日期</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="199"/>
        <location filename="../../gridworker/ui/member_leave.py" line="49"/>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="104"/>
        <source>变动说明</source>
        <translation>Note on the change</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="41"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="44"/>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="102"/>
        <source>离开原因</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="48"/>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="103"/>
        <source>离开日期</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="50"/>
        <source>新户主</source>
        <translation>New head of household</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="81"/>
        <source>无劳动力兜底保障</source>
        <translation>Guarantee for households without labour</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="82"/>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="123"/>
        <source>风险类型</source>
        <translation>Risk types</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="83"/>
        <source>灾害类型</source>
        <translation>Disaster type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="84"/>
        <source>风险备注</source>
        <translation>Risk remark</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="85"/>
        <source>户主姓名</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="89"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="90"/>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="91"/>
        <source>失学辍学原因</source>
        <translation>Reason out of school</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="92"/>
        <source>务工单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="93"/>
        <source>公益岗位</source>
        <translation>Public-welfare job</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="94"/>
        <source>公益岗位月数</source>
        <translation>Months in public-welfare job</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="95"/>
        <source>大病保险</source>
        <translation>Critical illness insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="96"/>
        <source>商业补充医疗保险</source>
        <translation>Commercial supplementary medical insurance</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="97"/>
        <source>医疗救助</source>
        <translation>Medical aid</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="98"/>
        <source>低保</source>
        <translation>Minimum living allowance (dibao)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="99"/>
        <source>特困供养</source>
        <translation>Support for the extremely poor (tekun)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="107"/>
        <source>问题类型</source>
        <translation>Problem type</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="108"/>
        <source>情况</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="109"/>
        <source>发现日期</source>
        <translation>Date found</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="110"/>
        <source>解决日期</source>
        <translation>Date resolved</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="111"/>
        <source>解决情况说明</source>
        <translation>How it was resolved</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="114"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="115"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="116"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="117"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="120"/>
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="121"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="124"/>
        <source>说明</source>
        <translation>Note</translation>
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

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="132" />
        <source>修改户信息</source>
        <translation>修改户信息</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="132" />
        <source>登记新户</source>
        <translation>登记新户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="143" />
        <source>&lt;b&gt;户主&lt;/b&gt;</source>
        <translation>&lt;b&gt;户主&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <source>问题照片…</source>
        <translation>问题照片…</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>本户照片</source>
        <translation>本户照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="82" />
        <location filename="../../gridworker/ui/household_screen.py" line="223" />
        <source>开始走访</source>
        <translation>开始走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="85" />
        <source>修改户信息…</source>
        <translation>修改户信息…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="87" />
        <source>添加成员…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="99" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="100" />
        <source>与户主关系</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="101" />
        <source>年龄</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="102" />
        <source>健康</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="103" />
        <source>在校/文化</source>
        <translation>在校/文化</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="104" />
        <source>务工</source>
        <translation>务工</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="105" />
        <source>医保养老</source>
        <translation>医保养老</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="106" />
        <source>劳动技能</source>
        <translation>劳动技能</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="115" />
        <source>走访日期</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="116" />
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="117" />
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="118" />
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="119" />
        <source>风险/问题</source>
        <translation>风险/问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="129" />
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="130" />
        <source>成员</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="131" />
        <source>情况</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="132" />
        <source>发现日期</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="133" />
        <source>解决</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="138" />
        <source>标记为已解决…</source>
        <translation>标记为已解决…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="144" />
        <source>措施</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="145" />
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="146" />
        <location filename="../../gridworker/ui/household_screen.py" line="161" />
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="147" />
        <source>开始</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="148" />
        <source>结束</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="152" />
        <source>添加帮扶措施…</source>
        <translation>添加帮扶措施…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="158" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="159" />
        <source>环节</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="160" />
        <source>风险类型</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="165" />
        <source>家庭成员</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="166" />
        <source>走访记录</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="167" />
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="168" />
        <source>帮扶措施</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="169" />
        <source>监测记录</source>
        <translation>监测记录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="207" />
        <source>风险</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="208" />
        <source>未解决问题</source>
        <translation>未解决问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="209" />
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="223" />
        <source>继续走访（草稿）</source>
        <translation>继续走访（草稿）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="254" />
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="256" />
        <source>已完成（更正）</source>
        <translation>已完成（更正）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="256" />
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="280" />
        <source>未解决</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="293" />
        <source>全户</source>
        <translation>全户</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="55" />
        <source>网格员入户走访</source>
        <translation>网格员入户走访</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="76" />
        <source>添加帮扶措施</source>
        <translation>添加帮扶措施</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="79" />
        <source>措施</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="80" />
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="81" />
        <source>具体内容</source>
        <translation>具体内容</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="82" />
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="90" />
        <source>全户</source>
        <translation>全户</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="188" />
        <source>修改成员</source>
        <translation>修改成员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="188" />
        <source>添加成员</source>
        <translation>添加成员</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="119" />
        <source>请按提示修改后再保存</source>
        <translation>请按提示修改后再保存</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="47" />
        <source>问题已解决</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="50" />
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="51" />
        <source>解决日期</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="52" />
        <source>解决情况说明</source>
        <translation>解决情况说明</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="76" />
        <source>正在读取花名册…</source>
        <translation>正在读取花名册…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="39" />
        <source>搜索：姓名、拼音首字母（如 zs）、身份证号后几位、地址</source>
        <translation>搜索：姓名、拼音首字母（如 zs）、身份证号后几位、地址</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="42" />
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="42" />
        <source>应走访（含逾期）</source>
        <translation>应走访（含逾期）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="43" />
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="47" />
        <source>全部户</source>
        <translation>全部户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="48" />
        <source>所有监测户</source>
        <translation>所有监测户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="51" />
        <source>脱贫户</source>
        <translation>脱贫户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="52" />
        <source>有未解决问题</source>
        <translation>有未解决问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="120" />
        <source>显示 %1 户，共 %2 户</source>
        <translation>显示 %1 户，共 %2 户</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="45" />
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="46" />
        <source>村</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="47" />
        <source>乡镇</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="48" />
        <source>县</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="61" />
        <source>网格员入户走访</source>
        <translation>网格员入户走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="78" />
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="82" />
        <source>登记本机…</source>
        <translation>登记本机…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="87" />
        <source>账户</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="88" />
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="115" />
        <source>这台电脑上还没有账户。请先登记本机，或联系乡镇管理员。</source>
        <translation>这台电脑上还没有账户。请先登记本机，或联系乡镇管理员。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="133" />
        <source>请先选择账户</source>
        <translation>请先选择账户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="137" />
        <source>请输入密码</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="140" />
        <source>正在打开本地数据…</source>
        <translation>正在打开本地数据…</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="252" />
        <source>清除重签</source>
        <translation>清除重签</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="36" />
        <source>用户：%1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="37" />
        <source>范围：%1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="40" />
        <source>待上传：%1 条</source>
        <translation>待上传：%1 条</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="44" />
        <source>在线</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="44" />
        <source>离线</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="45" />
        <source>从未同步</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="46" />
        <source>上次同步</source>
        <translation>上次同步</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="115" />
        <source>今天</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="15" />
        <source>星期一</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="16" />
        <source>星期二</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="17" />
        <source>星期三</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="18" />
        <source>星期四</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="19" />
        <source>星期五</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="20" />
        <source>星期六</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="21" />
        <source>星期日</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="49" />
        <source>今天是 %1 %2</source>
        <translation>今天是 %1 %2</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="57" />
        <source>应走访</source>
        <translation>应走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="57" />
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="58" />
        <source>本周已走访</source>
        <translation>本周已走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="58" />
        <source>本月已走访</source>
        <translation>本月已走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="59" />
        <source>待上传</source>
        <translation>待上传</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="63" />
        <source>正在读取花名册…</source>
        <translation>正在读取花名册…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="82" />
        <source>双击或按回车打开一户。红色：已逾期；黄色：应走访。</source>
        <translation>双击或按回车打开一户。红色：已逾期；黄色：应走访。</translation>
    </message>
</context>
<context>
    <name>UnsupportedField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="278" />
        <source>（此类内容请在其他设备上填写）</source>
        <translation>（此类内容请在其他设备上填写）</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="23" />
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="24" />
        <source>风险线索</source>
        <translation>风险线索</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="25" />
        <source>数据有误</source>
        <translation>数据有误</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="26" />
        <source>提醒</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="54" />
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="56" />
        <source>未设置</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="57" />
        <source>当年监测标准</source>
        <translation>当年监测标准</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="65" />
        <source>&lt;b&gt;自动计算&lt;/b&gt;</source>
        <translation>&lt;b&gt;自动计算&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="69" />
        <source>&lt;b&gt;发现的问题和风险&lt;/b&gt;</source>
        <translation>&lt;b&gt;发现的问题和风险&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="83" />
        <source>人均纯收入低于监测标准</source>
        <translation>人均纯收入低于监测标准</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="86" />
        <source>人均纯收入高于监测标准</source>
        <translation>人均纯收入高于监测标准</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>{0}照片</source>
        <translation>{0}照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="76" />
        <source>完成走访</source>
        <translation>完成走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="79" />
        <source>更正</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="82" />
        <source>打印/预览…</source>
        <translation>打印/预览…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="88" />
        <source>走访方式</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="151" />
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="151" />
        <source>已完成，不能修改</source>
        <translation>已完成，不能修改</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="153" />
        <source>（更正记录）</source>
        <translation>（更正记录）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="155" />
        <source>走访日期</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="225" />
        <source>已自动保存 %1</source>
        <translation>已自动保存 %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="231" />
        <source>未能保存！</source>
        <translation>未能保存！</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="253" />
        <source>还有 %1 处需要填写或修改（红字）</source>
        <translation>还有 %1 处需要填写或修改（红字）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="272" />
        <source>未完成：</source>
        <translation>未完成：</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="99"/>
        <source>完成走访（Ctrl+回车）</source>
        <translation>完成走访（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="230"/>
        <source>（%1 录入）</source>
        <translation>（%1 录入）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="85"/>
        <source>纸质走访后补录时，填实际走访的日期</source>
        <translation>纸质走访后补录时，填实际走访的日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="402"/>
        <source>还有 %1 处需要填写或修改（红字），%2 节未确认与上次相同</source>
        <translation>还有 %1 处需要填写或修改（红字），%2 节未确认与上次相同</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="147" />
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="147" />
        <source>否</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="67" />
        <source>今日待访</source>
        <translation>今日待访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="68" />
        <source>花名册</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="69" />
        <source>返回</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="71" />
        <source>登记新户…</source>
        <translation>登记新户…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="73" />
        <source>同步</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="74" />
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="75" />
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="76" />
        <source>放大字体</source>
        <translation>放大字体</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="77" />
        <source>缩小字体</source>
        <translation>缩小字体</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="78" />
        <source>默认字号</source>
        <translation>默认字号</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="88" />
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="94" />
        <source>转到</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="97" />
        <source>查看</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="101" />
        <source>语言 Language</source>
        <translation>语言 Language</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="104" />
        <source>工具栏</source>
        <translation>工具栏</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="26" />
        <source>密码不正确</source>
        <translation>密码不正确</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="28" />
        <source>磁盘已满</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="30" />
        <source>无法打开本地数据</source>
        <translation>无法打开本地数据</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="32" />
        <source>需要升级程序</source>
        <translation>需要升级程序</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="34" />
        <source>此设备已停用</source>
        <translation>此设备已停用</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="36" />
        <source>未保存：有内容需要修改</source>
        <translation>未保存：有内容需要修改</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="37" />
        <source>出错了</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="47" />
        <source>已保存的数据没有被改动。请联系乡镇或县里的管理员。</source>
        <translation>已保存的数据没有被改动。请联系乡镇或县里的管理员。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="53" />
        <source>程序遇到意外错误，刚才的操作没有完成。已保存的数据没有丢失。</source>
        <translation>程序遇到意外错误，刚才的操作没有完成。已保存的数据没有丢失。</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="22" />
        <source>户编号</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="23" />
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="24" />
        <source>户类型</source>
        <translation>户类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="25" />
        <source>监测对象类型</source>
        <translation>监测对象类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="26" />
        <location filename="../../gridworker/ui/household_edit.py" line="50" />
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="27" />
        <source>长期外出</source>
        <translation>长期外出</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="30" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="31" />
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="32" />
        <source>证件类型</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="33" />
        <source>证件号码</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="34" />
        <source>与户主关系</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="35" />
        <source>健康状况</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="38" />
        <source>残疾类别</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="42" />
        <source>劳动技能</source>
        <translation>劳动技能</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="43" />
        <source>文化程度（不在校）</source>
        <translation>文化程度（不在校）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="44" />
        <source>在校生状况</source>
        <translation>在校生状况</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="45" />
        <source>务工所在地</source>
        <translation>务工所在地</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="46" />
        <source>务工月数</source>
        <translation>务工月数</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="47" />
        <source>城乡居民基本医疗保险</source>
        <translation>城乡居民基本医疗保险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="48" />
        <source>职工基本医疗保险</source>
        <translation>职工基本医疗保险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="49" />
        <source>城乡居民基本养老保险</source>
        <translation>城乡居民基本养老保险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="138" />
        <source>网格</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="37" />
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="38" />
        <source>应走访</source>
        <translation>应走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="39" />
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="51" />
        <source>户编号</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="52" />
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="53" />
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="54" />
        <source>户类型</source>
        <translation>户类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="55" />
        <source>风险</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="56" />
        <source>未解决问题</source>
        <translation>未解决问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="57" />
        <source>上次走访</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="58" />
        <source>应访日期</source>
        <translation>应访日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="59" />
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="150" />
        <source>（长期外出）</source>
        <translation>（长期外出）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="160" />
        <source>从未</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="116"/>
        <source>已改，上次：%1</source>
        <translation>已改，上次：%1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="41"/>
        <source>（待确认）</source>
        <translation>（待确认）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="42"/>
        <source>（同上次）</source>
        <translation>（同上次）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="43"/>
        <source>（已修改）</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="65"/>
        <source>与上次相同(&amp;S)</source>
        <translation>与上次相同(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="68"/>
        <source>上次的答案都没有变：确认并转到下一节（回车）</source>
        <translation>上次的答案都没有变：确认并转到下一节（回车）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="70"/>
        <source>修改(&amp;E)</source>
        <translation>修改(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="331"/>
        <source>上次走访（%1）的答案，还不算本次的回答。</source>
        <translation>上次走访（%1）的答案，还不算本次的回答。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="332"/>
        <source>已确认与上次走访（%1）相同。</source>
        <translation>已确认与上次走访（%1）相同。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="333"/>
        <source>从上次走访（%1）的答案改起，改过的标有「已改」。</source>
        <translation>从上次走访（%1）的答案改起，改过的标有「已改」。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="414"/>
        <source>请先选择「与上次相同」或「修改」：这一节还没有回答。</source>
        <translation>请先选择「与上次相同」或「修改」：这一节还没有回答。</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>照片</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>删除照片</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>双击查看</source>
        <translation>双击查看</translation>
    </message>
    <message>
        <source>暂无照片</source>
        <translation>暂无照片</translation>
    </message>
    <message>
        <source>正在从服务器下载照片…</source>
        <translation>正在从服务器下载照片…</translation>
    </message>
    <message>
        <source>照片下载失败：</source>
        <translation>照片下载失败：</translation>
    </message>
    <message>
        <source>下载照片</source>
        <translation>下载照片</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.tif *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.bmp *.tif)</translation>
    </message>
    <message>
        <source>正在处理照片…</source>
        <translation>正在处理照片…</translation>
    </message>
    <message>
        <source>照片已添加</source>
        <translation>照片已添加</translation>
    </message>
    <message>
        <source>照片已删除（记录保留在历史中）</source>
        <translation>照片已删除（记录保留在历史中）</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>照片</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>拍摄时间：{taken}　添加：{by}，{at}　{w}×{h} 像素，{kb} KB</source>
        <translation>拍摄时间：{taken}　添加：{by}，{at}　{w}×{h} 像素，{kb} KB</translation>
    </message>
</context>
<context>
    <name>ProblemPhotos</name>
    <message>
        <source>整改前照片</source>
        <translation>整改前照片</translation>
    </message>
    <message>
        <source>整改后照片</source>
        <translation>整改后照片</translation>
    </message>
    <message>
        <source>问题照片：{0}</source>
        <translation>问题照片：{0}</translation>
    </message>
</context>
</TS>
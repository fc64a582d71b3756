<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="55" />
        <source>积分</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="58" />
        <source>正在读取积分细则…</source>
        <translation>正在读取积分细则…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="63" />
        <source>户主或家庭成员姓名</source>
        <translation>户主或家庭成员姓名</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="71" />
        <source>保存积分</source>
        <translation>保存积分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="75" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="85" />
        <source>本户确认人</source>
        <translation>本户确认人</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="97" />
        <source>%1（%2）现有积分 %3 分</source>
        <translation>%1（%2）现有积分 %3 分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="100" />
        <source>县里尚未发布积分细则：暂不能评分</source>
        <translation>县里尚未发布积分细则：暂不能评分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="103" />
        <source>本村积分须经村级评议后计入</source>
        <translation>本村积分须经村级评议后计入</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="155" />
        <source>本次积分：%1 分</source>
        <translation>本次积分：%1 分</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="47" />
        <source>批量打印走访记录</source>
        <translation>批量打印走访记录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="50" />
        <source>（正在读取…）</source>
        <translation>（正在读取…）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="62" />
        <source>标准版（证件号码只显示后4位）</source>
        <translation>标准版（证件号码只显示后4位）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="63" />
        <source>公示版（不显示证件号码、电话、银行账户和健康状况）</source>
        <translation>公示版（不显示证件号码、电话、银行账户和健康状况）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="64" />
        <source>含完整证件号码（只供存档，不得张贴）</source>
        <translation>含完整证件号码（只供存档，不得张贴）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="72" />
        <source>村或网格</source>
        <translation>村或网格</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="73" />
        <source>走访日期从</source>
        <translation>走访日期从</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="74" />
        <source>到</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="75" />
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/batch_dialog.py" line="79" />
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>CaseQueue</name>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="43" />
        <source>待村级评议、公示的案件</source>
        <translation>待村级评议、公示的案件</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="44" />
        <source>待乡镇审核的案件</source>
        <translation>待乡镇审核的案件</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="45" />
        <source>待县级审定的案件</source>
        <translation>待县级审定的案件</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="72" />
        <source>户编号</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="73" />
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="74" />
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="75" />
        <source>待办环节</source>
        <translation>待办环节</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="76" />
        <source>线索日期</source>
        <translation>线索日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="77" />
        <source>上一环节</source>
        <translation>上一环节</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="78" />
        <source>剩余天数</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="84" />
        <source>记录…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="87" />
        <source>查看此户…</source>
        <translation>查看此户…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="89" />
        <source>公示名单另存为 PDF…</source>
        <translation>公示名单另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="93" />
        <source>清单另存为 PDF…</source>
        <translation>清单另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_queue.py" line="187" />
        <source>另存为 PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="66" />
        <source>登记本机</source>
        <translation>登记本机</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="79" />
        <source>县服务器地址</source>
        <translation>县服务器地址</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="80" />
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="81" />
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="86" />
        <source>登记</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="93" />
        <source>用乡镇或县里给您的账户登记这台电脑。登记后数据会自动同步。</source>
        <translation>用乡镇或县里给您的账户登记这台电脑。登记后数据会自动同步。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="106" />
        <source>服务器地址应类似 http://192.168.1.10:8750</source>
        <translation>服务器地址应类似 http://192.168.1.10:8750</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="109" />
        <source>请填写用户名和密码</source>
        <translation>请填写用户名和密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="112" />
        <source>正在登记，请稍候…</source>
        <translation>正在登记，请稍候…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/enrol_dialog.py" line="131" />
        <source>登记成功</source>
        <translation>登记成功</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="116" />
        <source>已改，上次：%1</source>
        <translation>已改，上次：%1</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="144" />
        <source>修改户信息</source>
        <translation>修改户信息</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="144" />
        <source>登记新户</source>
        <translation>登记新户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="155" />
        <source>&lt;b&gt;户主&lt;/b&gt;</source>
        <translation>&lt;b&gt;户主&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HouseholdListDialog</name>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="33" />
        <source>户编号</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="34" />
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="35" />
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="36" />
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="37" />
        <source>户类型</source>
        <translation>户类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="38" />
        <source>监测对象类别</source>
        <translation>监测对象类别</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="39" />
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="117" />
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="124" />
        <source>%1：共 %2 户。双击一户打开。</source>
        <translation>%1：共 %2 户。双击一户打开。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="143" />
        <source>导出 Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="145" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_drill.py" line="153" />
        <source>导出</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="48" />
        <source>新生儿</source>
        <translation>新生儿</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="49" />
        <source>婚入</source>
        <translation>婚入</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="50" />
        <source>死亡</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="51" />
        <source>迁出</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="52" />
        <source>婚出</source>
        <translation>婚出</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="53" />
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="104" />
        <location filename="../../gridworker/ui/household_screen.py" line="330" />
        <source>开始走访</source>
        <translation>开始走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="107" />
        <source>修改户信息…</source>
        <translation>修改户信息…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="109" />
        <source>添加成员…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="112" />
        <source>成员离开…</source>
        <translation>成员离开…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="114" />
        <source>死亡、迁出、婚出等：登记原因和日期，记入成员变动</source>
        <translation>死亡、迁出、婚出等：登记原因和日期，记入成员变动</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="134" />
        <location filename="../../gridworker/ui/household_screen.py" line="212" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="135" />
        <location filename="../../gridworker/ui/household_screen.py" line="213" />
        <source>与户主关系</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="136" />
        <source>年龄</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="137" />
        <source>健康</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="138" />
        <source>在校/文化</source>
        <translation>在校/文化</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="139" />
        <source>务工</source>
        <translation>务工</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="140" />
        <source>医保养老</source>
        <translation>医保养老</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="141" />
        <source>劳动技能</source>
        <translation>劳动技能</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="150" />
        <source>走访日期</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="151" />
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="152" />
        <location filename="../../gridworker/ui/household_screen.py" line="203" />
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="153" />
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="154" />
        <source>风险/问题</source>
        <translation>风险/问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="164" />
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="165" />
        <source>成员</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="166" />
        <source>情况</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="167" />
        <source>发现日期</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="168" />
        <source>解决</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="173" />
        <source>标记为已解决…</source>
        <translation>标记为已解决…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="183" />
        <source>措施</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="184" />
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="185" />
        <location filename="../../gridworker/ui/household_screen.py" line="201" />
        <location filename="../../gridworker/ui/household_screen.py" line="215" />
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="186" />
        <source>开始</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="187" />
        <source>结束</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="191" />
        <source>添加帮扶措施…</source>
        <translation>添加帮扶措施…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="197" />
        <location filename="../../gridworker/ui/household_screen.py" line="211" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="198" />
        <source>环节</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="200" />
        <source>风险类型</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="214" />
        <source>变动</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="234" />
        <source>家庭成员</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="235" />
        <source>走访记录</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="238" />
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="240" />
        <source>帮扶措施</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="241" />
        <source>监测记录</source>
        <translation>监测记录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="242" />
        <source>成员变动</source>
        <translation>成员变动</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="314" />
        <source>风险</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="315" />
        <source>未解决问题</source>
        <translation>未解决问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="316" />
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="330" />
        <source>继续走访（草稿）</source>
        <translation>继续走访（草稿）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="361" />
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="363" />
        <source>已完成（更正）</source>
        <translation>已完成（更正）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="363" />
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="387" />
        <source>未解决</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="400" />
        <source>全户</source>
        <translation>全户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="409" />
        <source>已不在本户</source>
        <translation>已不在本户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="409" />
        <source>加入本户</source>
        <translation>加入本户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="116" />
        <source>积分…</source>
        <translation>积分…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="199" />
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="202" />
        <source>记录人</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="225" />
        <source>记录环节…</source>
        <translation>记录环节…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="228" />
        <source>处理公示异议…</source>
        <translation>处理公示异议…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="231" />
        <source>监测记录另存为 PDF…</source>
        <translation>监测记录另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="443" />
        <source>本机（未同步）</source>
        <translation>本机（未同步）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="466" />
        <source>另存为 PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="175" />
        <source>问题照片…</source>
        <translation>问题照片…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="247" />
        <source>照片</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="304" />
        <source>本户照片</source>
        <translation>本户照片</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="78" />
        <source>网格员入户走访</source>
        <translation>网格员入户走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="182" />
        <source>后台任务</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="183" />
        <source>正在停止%1…</source>
        <translation>正在停止%1…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/main_window.py" line="185" />
        <source>请稍候</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="97" />
        <source>添加帮扶措施</source>
        <translation>添加帮扶措施</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="102" />
        <source>措施</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="103" />
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="104" />
        <source>具体内容</source>
        <translation>具体内容</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="105" />
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="115" />
        <source>全户</source>
        <translation>全户</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="211" />
        <source>修改成员</source>
        <translation>修改成员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="211" />
        <source>添加成员</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="219" />
        <source>如 2026-11-03（新生儿填出生日期）</source>
        <translation>如 2026-11-03（新生儿填出生日期）</translation>
    </message>
</context>
<context>
    <name>MemberLeaveDialog</name>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="35" />
        <source>成员离开本户</source>
        <translation>成员离开本户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="55" />
        <source>离开的成员不再算在本户，但仍记在成员变动里，打印的走访记录表也会写明。户主离开时，请选定新户主。</source>
        <translation>离开的成员不再算在本户，但仍记在成员变动里，打印的走访记录表也会写明。户主离开时，请选定新户主。</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="142" />
        <source>照片</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="154" />
        <source>添加照片…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="158" />
        <source>查看</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="160" />
        <source>删除照片</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="188" />
        <source>双击查看</source>
        <translation>双击查看</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="190" />
        <source>暂无照片</source>
        <translation>暂无照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="206" />
        <source>正在从服务器下载照片…</source>
        <translation>正在从服务器下载照片…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="209" />
        <source>照片下载失败：</source>
        <translation>照片下载失败：</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="217" />
        <source>下载照片</source>
        <translation>下载照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="224" />
        <source>选择照片</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="224" />
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.tif *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.tif *.webp)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="234" />
        <source>正在处理照片…</source>
        <translation>正在处理照片…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="238" />
        <source>照片已添加</source>
        <translation>照片已添加</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="310" />
        <source>照片已删除（记录保留在历史中）</source>
        <translation>照片已删除（记录保留在历史中）</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="332" />
        <source>照片</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/photo_strip.py" line="346" />
        <source>拍摄时间：{taken}　添加：{by}，{at}　{w}×{h} 像素，{kb} KB</source>
        <translation>拍摄时间：{taken}　添加：{by}，{at}　{w}×{h} 像素，{kb} KB</translation>
    </message>
</context>
<context>
    <name>ProblemPhotos</name>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="56" />
        <source>整改前照片</source>
        <translation>整改前照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="57" />
        <source>整改后照片</source>
        <translation>整改后照片</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_screen.py" line="551" />
        <source>问题照片：{0}</source>
        <translation>问题照片：{0}</translation>
    </message>
</context>
<context>
    <name>QualityRules</name>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="235" />
        <source>身份证号码校验不通过</source>
        <translation>身份证号码校验不通过</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="236" />
        <source>身份证号码重复</source>
        <translation>身份证号码重复</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="237" />
        <source>户主人数不对（没有户主或有两个以上）</source>
        <translation>户主人数不对（没有户主或有两个以上）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="238" />
        <source>配偶多于一人</source>
        <translation>配偶多于一人</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="239" />
        <source>文化程度与在校生状况须填且只填一项</source>
        <translation>文化程度与在校生状况须填且只填一项</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="240" />
        <source>务工所在地与务工月数不一致</source>
        <translation>务工所在地与务工月数不一致</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="241" />
        <source>联系电话不是11位数字</source>
        <translation>联系电话不是11位数字</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="242" />
        <source>居民医保与职工医保须参加且只参加一项</source>
        <translation>居民医保与职工医保须参加且只参加一项</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="243" />
        <source>户主与配偶性别相同</source>
        <translation>户主与配偶性别相同</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="244" />
        <source>识别不满2个月即风险消除</source>
        <translation>识别不满2个月即风险消除</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="245" />
        <source>收入低于监测线时风险消除</source>
        <translation>收入低于监测线时风险消除</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="126" />
        <source>请按提示修改后再保存</source>
        <translation>请按提示修改后再保存</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="54" />
        <source>忘记密码</source>
        <translation>忘记密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="57" />
        <source>请先请乡镇或县管理员重置您的登录密码，再在这里输入重置后的密码，并为这台电脑设一个新密码。本机还没上传的走访记录都会保留。</source>
        <translation>请先请乡镇或县管理员重置您的登录密码，再在这里输入重置后的密码，并为这台电脑设一个新密码。本机还没上传的走访记录都会保留。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="71" />
        <source>账户</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="72" />
        <source>管理员重置后的密码</source>
        <translation>管理员重置后的密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="73" />
        <source>新密码</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="74" />
        <source>再输一次新密码</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="79" />
        <source>重设密码</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="92" />
        <source>这个账户没有在县服务器登记过，无法找回密码。请联系乡镇管理员。</source>
        <translation>这个账户没有在县服务器登记过，无法找回密码。请联系乡镇管理员。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="99" />
        <source>请输入管理员重置后的密码</source>
        <translation>请输入管理员重置后的密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="102" />
        <source>新密码至少要 %1 位</source>
        <translation>新密码至少要 %1 位</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="105" />
        <source>两次输入的新密码不一样，请重新输入</source>
        <translation>两次输入的新密码不一样，请重新输入</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="116" />
        <source>正在向县服务器核对，请稍候…</source>
        <translation>正在向县服务器核对，请稍候…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/recover_dialog.py" line="128" />
        <source>密码已重设，请用新密码登录。</source>
        <translation>密码已重设，请用新密码登录。</translation>
    </message>
</context>
<context>
    <name>RedeemTab</name>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="95" />
        <source>户编号或户主姓名</source>
        <translation>户编号或户主姓名</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="97" />
        <source>户编号</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="97" />
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="97" />
        <source>积分余额</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="101" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="101" />
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="101" />
        <source>积分</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="101" />
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="104" />
        <source>更正所选记录…</source>
        <translation>更正所选记录…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="108" />
        <source>物品</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="108" />
        <source>兑换积分</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="108" />
        <source>库存</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="108" />
        <source>兑换数量</source>
        <translation>兑换数量</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="115" />
        <source>兑换</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="118" />
        <source>打印兑换凭证…</source>
        <translation>打印兑换凭证…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="125" />
        <source>本户积分台账</source>
        <translation>本户积分台账</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="128" />
        <source>处理过期积分</source>
        <translation>处理过期积分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="195" />
        <source>合计：%1 分</source>
        <translation>合计：%1 分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="200" />
        <source>请先选择兑换的户</source>
        <translation>请先选择兑换的户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="208" />
        <source>已兑换：扣 %1 分，余额 %2 分</source>
        <translation>已兑换：扣 %1 分，余额 %2 分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="250" />
        <source>请先在本户积分台账中选择要更正的记录</source>
        <translation>请先在本户积分台账中选择要更正的记录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="257" />
        <source>已更正（原记录保留）</source>
        <translation>已更正（原记录保留）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="267" />
        <source>%1 户的过期积分已扣除，共 %2 分</source>
        <translation>%1 户的过期积分已扣除，共 %2 分</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="52" />
        <source>问题已解决</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="58" />
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="59" />
        <source>解决日期</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/care_dialogs.py" line="60" />
        <source>解决情况说明</source>
        <translation>解决情况说明</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="191" />
        <source>积分评议</source>
        <translation>积分评议</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="194" />
        <source>户编号</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="194" />
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="194" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="194" />
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="194" />
        <source>积分</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="200" />
        <source>通过</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="203" />
        <source>不通过</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="206" />
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="213" />
        <source>本月待评议的积分（选中后点通过或不通过）</source>
        <translation>本月待评议的积分（选中后点通过或不通过）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="251" />
        <source>请先选择要评议的积分</source>
        <translation>请先选择要评议的积分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/points_dialog.py" line="259" />
        <source>已评议 %1 条</source>
        <translation>已评议 %1 条</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="81" />
        <source>正在读取花名册…</source>
        <translation>正在读取花名册…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="39" />
        <source>搜索：姓名、拼音首字母（如 zs）、身份证号后几位、地址</source>
        <translation>搜索：姓名、拼音首字母（如 zs）、身份证号后几位、地址</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="44" />
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="45" />
        <source>应走访（含逾期）</source>
        <translation>应走访（含逾期）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="46" />
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="51" />
        <source>全部户</source>
        <translation>全部户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="52" />
        <source>所有监测户</source>
        <translation>所有监测户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="55" />
        <source>脱贫户</source>
        <translation>脱贫户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="56" />
        <source>有未解决问题</source>
        <translation>有未解决问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_screen.py" line="130" />
        <source>显示 %1 户，共 %2 户</source>
        <translation>显示 %1 户，共 %2 户</translation>
    </message>
</context>
<context>
    <name>ShopScreen</name>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="61" />
        <source>兑换</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="62" />
        <source>库存</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="64" />
        <source>爱心超市</source>
        <translation>爱心超市</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="52" />
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="53" />
        <source>村</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="54" />
        <source>乡镇</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="55" />
        <source>县</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="56" />
        <source>县管理员</source>
        <translation>县管理员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="83" />
        <source>网格员入户走访</source>
        <translation>网格员入户走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="100" />
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="104" />
        <source>登记本机…</source>
        <translation>登记本机…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="114" />
        <source>账户</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="115" />
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="145" />
        <source>这台电脑上还没有账户。请先登记本机，或联系乡镇管理员。</source>
        <translation>这台电脑上还没有账户。请先登记本机，或联系乡镇管理员。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="159" />
        <location filename="../../gridworker/ui/signin.py" line="171" />
        <source>请先选择账户</source>
        <translation>请先选择账户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="175" />
        <source>请输入密码</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="178" />
        <source>正在打开本地数据…</source>
        <translation>正在打开本地数据…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="196" />
        <source>（本机数据都还在）请重新登记本机。</source>
        <translation>（本机数据都还在）请重新登记本机。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/signin.py" line="108" />
        <source>忘记密码…</source>
        <translation>忘记密码…</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="312" />
        <source>清除重签</source>
        <translation>清除重签</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="46" />
        <source>用户：%1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="47" />
        <location filename="../../gridworker/ui/statusbar.py" line="70" />
        <source>范围：%1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="77" />
        <source>在线</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="77" />
        <source>离线</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="80" />
        <source>从未同步</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="81" />
        <source>上次同步</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="86" />
        <source>本机时钟与服务器相差 %1 分钟，请校准时间</source>
        <translation>本机时钟与服务器相差 %1 分钟，请校准时间</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="93" />
        <source>待核对 %1 条</source>
        <translation>待核对 %1 条</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="55" />
        <source>待上传：%1 次走访，%2 户</source>
        <translation>待上传：%1 次走访，%2 户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="60" />
        <source>待上传：%1 户的资料改动</source>
        <translation>待上传：%1 户的资料改动</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/statusbar.py" line="62" />
        <source>待上传：无</source>
        <translation>待上传：无</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="95" />
        <source>处理公示异议</source>
        <translation>处理公示异议</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="111" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="118" />
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="125" />
        <source>参加人数</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="130" />
        <source>户主在纸质申请书上按手印</source>
        <translation>户主在纸质申请书上按手印</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="131" />
        <source>签字方式</source>
        <translation>签字方式</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="138" />
        <source>线索来源</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="150" />
        <source>退回到（退回时）</source>
        <translation>退回到（退回时）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="159" />
        <source>监测对象类别</source>
        <translation>监测对象类别</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="170" />
        <source>风险类型</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="178" />
        <source>自然消除原因</source>
        <translation>自然消除原因</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="183" />
        <source>说明（原因）</source>
        <translation>说明（原因）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="202" />
        <source>公示开始</source>
        <translation>公示开始</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="203" />
        <source>公示结束</source>
        <translation>公示结束</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="207" />
        <source>异议内容</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="207" />
        <source>已处理</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="207" />
        <source>如何处理</source>
        <translation>如何处理</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="213" />
        <source>添加异议</source>
        <translation>添加异议</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/case_dialog.py" line="216" />
        <source>异议</source>
        <translation>异议</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="288" />
        <location filename="../../gridworker/ui/shop_screen.py" line="336" />
        <source>物品</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="289" />
        <location filename="../../gridworker/ui/shop_screen.py" line="318" />
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="290" />
        <location filename="../../gridworker/ui/shop_screen.py" line="319" />
        <source>兑换积分</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="291" />
        <location filename="../../gridworker/ui/shop_screen.py" line="320" />
        <source>单价（元）</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="292" />
        <source>库存</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="293" />
        <source>盘点数</source>
        <translation>盘点数</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="294" />
        <source>差异原因</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="312" />
        <source>添加物品</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="315" />
        <source>新物品</source>
        <translation>新物品</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="317" />
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="330" />
        <source>捐赠人（采购则留空）</source>
        <translation>捐赠人（采购则留空）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="331" />
        <source>入库</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="334" />
        <source>捐赠或采购入库</source>
        <translation>捐赠或采购入库</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="337" />
        <source>数量</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="338" />
        <source>捐赠人</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="340" />
        <source>保存盘点</source>
        <translation>保存盘点</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="393" />
        <source>已添加物品：%1</source>
        <translation>已添加物品：%1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="404" />
        <source>请先添加物品</source>
        <translation>请先添加物品</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="411" />
        <source>已入库</source>
        <translation>已入库</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/shop_screen.py" line="429" />
        <source>盘点已保存</source>
        <translation>盘点已保存</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="287" />
        <location filename="../../gridworker/ui/sync_service.py" line="296" />
        <location filename="../../gridworker/ui/sync_service.py" line="377" />
        <source>同步</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="293" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="58" />
        <source>两边都改了</source>
        <translation>两边都改了</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="59" />
        <source>县里退回</source>
        <translation>县里退回</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="62" />
        <source>户信息</source>
        <translation>户信息</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="63" />
        <source>家庭成员</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="64" />
        <source>走访记录</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="65" />
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="66" />
        <source>帮扶措施</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="67" />
        <source>监测记录</source>
        <translation>监测记录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="71" />
        <source>用了本机的</source>
        <translation>用了本机的</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="72" />
        <source>用了另一台的</source>
        <translation>用了另一台的</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="73" />
        <source>改成了新的</source>
        <translation>改成了新的</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="74" />
        <source>已核对</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="128" />
        <source>户</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="129" />
        <source>哪一项</source>
        <translation>哪一项</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="130" />
        <source>本机的值</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="131" />
        <source>另一台的值</source>
        <translation>另一台的值</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="132" />
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="133" />
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="143" />
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="152" />
        <source>（空）</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="146" />
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="148" />
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="188" />
        <source>（本机没有这户）</source>
        <translation>（本机没有这户）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="189" />
        <source>（户主未填）</source>
        <translation>（户主未填）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="191" />
        <source>户主 %1（户编号 %2）</source>
        <translation>户主 %1（户编号 %2）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="215" />
        <source>同步待核对</source>
        <translation>同步待核对</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="219" />
        <source>同一项在两台电脑上都改过、两边不一样时，列在这里：看清两边的值、谁改的、什么时候改的，再选定用哪个。选定后，下次同步会传到县里和其他电脑。被县里退回的记录也列在这里，并写明原因，看过后标为已核对。</source>
        <translation>同一项在两台电脑上都改过、两边不一样时，列在这里：看清两边的值、谁改的、什么时候改的，再选定用哪个。选定后，下次同步会传到县里和其他电脑。被县里退回的记录也列在这里，并写明原因，看过后标为已核对。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="244" />
        <source>用本机的</source>
        <translation>用本机的</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="247" />
        <source>用另一台的</source>
        <translation>用另一台的</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="252" />
        <source>两个都不对时，在这里填对的</source>
        <translation>两个都不对时，在这里填对的</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="253" />
        <source>改成这个</source>
        <translation>改成这个</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="260" />
        <source>也显示已处理的</source>
        <translation>也显示已处理的</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="262" />
        <source>标为已核对</source>
        <translation>标为已核对</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="265" />
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="267" />
        <source>没有待核对的记录。</source>
        <translation>没有待核对的记录。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="295" />
        <source>本机（%1）</source>
        <translation>本机（%1）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="309" />
        <source>另一台电脑</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="320" />
        <source>待处理</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="68" />
        <source>照片</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="42" />
        <source>上传 %1 条（服务器收下 %2 条），下载 %3 条</source>
        <translation>上传 %1 条（服务器收下 %2 条），下载 %3 条</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="43" />
        <source>有 %1 处是两台设备改了同一项，请在“待核对”里看一下</source>
        <translation>有 %1 处是两台设备改了同一项，请在“待核对”里看一下</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="44" />
        <source>有 %1 条被县服务器退回，已另外保存，请在“待核对”里查看原因</source>
        <translation>有 %1 条被县服务器退回，已另外保存，请在“待核对”里查看原因</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="45" />
        <source>有 %1 条这次没发出去，下次同步会再发</source>
        <translation>有 %1 条这次没发出去，下次同步会再发</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="46" />
        <source>警告：本机时钟与服务器相差 %1 秒，请校准时间</source>
        <translation>警告：本机时钟与服务器相差 %1 秒，请校准时间</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="47" />
        <source>%1 户已调出您的网格，但本机有未上传的修改，已保留</source>
        <translation>%1 户已调出您的网格，但本机有未上传的修改，已保留</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="48" />
        <source>核对：本机与服务器数据不一致，已尝试修复：%1</source>
        <translation>核对：本机与服务器数据不一致，已尝试修复：%1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_service.py" line="49" />
        <source>积分核对：%1</source>
        <translation>积分核对：%1</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="145" />
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
        <location filename="../../gridworker/ui/today_screen.py" line="51" />
        <source>今天是 %1 %2</source>
        <translation>今天是 %1 %2</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="62" />
        <source>应走访</source>
        <translation>应走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="63" />
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="64" />
        <source>本周已走访</source>
        <translation>本周已走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="65" />
        <source>本月已走访</source>
        <translation>本月已走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="71" />
        <source>正在读取花名册…</source>
        <translation>正在读取花名册…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="90" />
        <source>双击或按回车打开一户。红色：已逾期；黄色：应走访。</source>
        <translation>双击或按回车打开一户。红色：已逾期；黄色：应走访。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/today_screen.py" line="66" />
        <source>待上传走访</source>
        <translation>待上传走访</translation>
    </message>
</context>
<context>
    <name>TownshipScreen</name>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="120" />
        <source>乡镇报表</source>
        <translation>乡镇报表</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="133" />
        <source>尚未同步</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="141" />
        <source>统计期</source>
        <translation>统计期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="170" />
        <source>分村指标</source>
        <translation>分村指标</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="172" />
        <source>数据质量</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="174" />
        <source>期末未解决问题（红色：未清零）</source>
        <translation>期末未解决问题（红色：未清零）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="241" />
        <source>正在统计…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="273" />
        <source>%1 至 %2。双击任一数字查看背后的户名单。</source>
        <translation>%1 至 %2。双击任一数字查看背后的户名单。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="282" />
        <source>统计失败：%1</source>
        <translation>统计失败：%1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="331" />
        <location filename="../../gridworker/ui/township_screen.py" line="338" />
        <source>导出 Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="351" />
        <location filename="../../gridworker/ui/township_screen.py" line="363" />
        <source>另存为 PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="28" />
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="102" />
        <location filename="../../gridworker/ui/township_model.py" line="337" />
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="104" />
        <location filename="../../gridworker/ui/township_model.py" line="338" />
        <location filename="../../gridworker/ui/township_model.py" line="386" />
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="123" />
        <location filename="../../gridworker/ui/township_model.py" line="222" />
        <source>户数</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="128" />
        <location filename="../../gridworker/ui/township_model.py" line="223" />
        <source>应访|户数</source>
        <translation>应访|户数</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="130" />
        <location filename="../../gridworker/ui/township_model.py" line="224" />
        <source>应访|已走访</source>
        <translation>应访|已走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="135" />
        <location filename="../../gridworker/ui/township_model.py" line="225" />
        <source>走访率|(%)</source>
        <translation>走访率|(%)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="137" />
        <location filename="../../gridworker/ui/township_model.py" line="226" />
        <source>逾期|未访</source>
        <translation>逾期|未访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="142" />
        <location filename="../../gridworker/ui/township_model.py" line="227" />
        <location filename="../../gridworker/ui/township_model.py" line="290" />
        <source>已走访</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="143" />
        <location filename="../../gridworker/ui/township_model.py" line="229" />
        <source>覆盖率|(%)</source>
        <translation>覆盖率|(%)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="145" />
        <source>常年|外出户</source>
        <translation>常年|外出户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="151" />
        <source>外出户|已联系</source>
        <translation>外出户|已联系</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="157" />
        <source>期末|未解决问题</source>
        <translation>期末|未解决问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="163" />
        <source>本期|新发现</source>
        <translation>本期|新发现</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="169" />
        <source>本期|已解决</source>
        <translation>本期|已解决</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="174" />
        <source>动态|清零</source>
        <translation>动态|清零</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="175" />
        <source>监测户</source>
        <translation>监测户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="177" />
        <source>新增|风险线索</source>
        <translation>新增|风险线索</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="183" />
        <source>超期|审定</source>
        <translation>超期|审定</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="189" />
        <source>超期|未审定</source>
        <translation>超期|未审定</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="195" />
        <source>风险消除|候选</source>
        <translation>风险消除|候选</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="201" />
        <source>脱贫人口|务工</source>
        <translation>脱贫人口|务工</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="207" />
        <source>去年同期|务工</source>
        <translation>去年同期|务工</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="213" />
        <source>公益|岗位</source>
        <translation>公益|岗位</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="220" />
        <location filename="../../gridworker/ui/township_screen.py" line="171" />
        <source>网格员</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="221" />
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="228" />
        <source>走访|次数</source>
        <translation>走访|次数</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="385" />
        <source>双击查看户名单</source>
        <translation>双击查看户名单</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="430" />
        <source>%4年第%1周（%2–%3）</source>
        <translation>%4年第%1周（%2–%3）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="432" />
        <source>第%1周（%2–%3）</source>
        <translation>第%1周（%2–%3）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="442" />
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_model.py" line="447" />
        <source>%1年第%2季度</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="54" />
        <source>周（周调度）</source>
        <translation>周（周调度）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="55" />
        <source>月（月督查）</source>
        <translation>月（月督查）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="56" />
        <source>季度（季通报）</source>
        <translation>季度（季通报）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="145" />
        <source>导出 Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="146" />
        <source>打印预览</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="147" />
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="148" />
        <source>另存为 PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="173" />
        <source>走访率（%，应访户）</source>
        <translation>走访率（%，应访户）</translation>
    </message>
</context>
<context>
    <name>UnsupportedField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="338" />
        <source>（此类内容请在其他设备上填写）</source>
        <translation>（此类内容请在其他设备上填写）</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="41" />
        <source>（待确认）</source>
        <translation>（待确认）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="42" />
        <source>（同上次）</source>
        <translation>（同上次）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="43" />
        <source>（已修改）</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="65" />
        <source>与上次相同(&amp;S)</source>
        <translation>与上次相同(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="68" />
        <source>上次的答案都没有变：确认并转到下一节（回车）</source>
        <translation>上次的答案都没有变：确认并转到下一节（回车）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="70" />
        <source>修改(&amp;E)</source>
        <translation>修改(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="342" />
        <source>上次走访（%1）的答案，还不算本次的回答。</source>
        <translation>上次走访（%1）的答案，还不算本次的回答。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="343" />
        <source>已确认与上次走访（%1）相同。</source>
        <translation>已确认与上次走访（%1）相同。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="344" />
        <source>从上次走访（%1）的答案改起，改过的标有「已改」。</source>
        <translation>从上次走访（%1）的答案改起，改过的标有「已改」。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_form.py" line="425" />
        <source>请先选择「与上次相同」或「修改」：这一节还没有回答。</source>
        <translation>请先选择「与上次相同」或「修改」：这一节还没有回答。</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="25" />
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="26" />
        <source>风险线索</source>
        <translation>风险线索</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="27" />
        <source>数据有误</source>
        <translation>数据有误</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="28" />
        <source>提醒</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="74" />
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="76" />
        <source>未设置</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="89" />
        <source>&lt;b&gt;自动计算&lt;/b&gt;</source>
        <translation>&lt;b&gt;自动计算&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="93" />
        <source>&lt;b&gt;发现的问题和风险&lt;/b&gt;</source>
        <translation>&lt;b&gt;发现的问题和风险&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="79" />
        <source>当年监测线</source>
        <translation>当年监测线</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="119" />
        <source>人均纯收入低于监测线</source>
        <translation>人均纯收入低于监测线</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_panel.py" line="122" />
        <source>人均纯收入不低于监测线</source>
        <translation>人均纯收入不低于监测线</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="106" />
        <source>完成走访</source>
        <translation>完成走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="114" />
        <source>更正</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="117" />
        <source>打印/预览…</source>
        <translation>打印/预览…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="140" />
        <source>走访方式</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="272" />
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="272" />
        <source>已完成，不能修改</source>
        <translation>已完成，不能修改</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="274" />
        <source>（更正记录）</source>
        <translation>（更正记录）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="135" />
        <source>走访日期</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="406" />
        <source>已自动保存 %1</source>
        <translation>已自动保存 %1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="411" />
        <source>未能保存！</source>
        <translation>未能保存！</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="449" />
        <source>还有 %1 处需要填写或修改（红字）</source>
        <translation>还有 %1 处需要填写或修改（红字）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="472" />
        <source>未完成：</source>
        <translation>未完成：</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="109" />
        <source>完成走访（Ctrl+回车）</source>
        <translation>完成走访（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="266" />
        <source>（%1 录入）</source>
        <translation>（%1 录入）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="95" />
        <source>纸质走访后补录时，填实际走访的日期</source>
        <translation>纸质走访后补录时，填实际走访的日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="447" />
        <source>还有 %1 处需要填写或修改（红字），%2 节未确认与上次相同</source>
        <translation>还有 %1 处需要填写或修改（红字），%2 节未确认与上次相同</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="130" />
        <source>积分…</source>
        <translation>积分…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="122" />
        <source>标准版（证件号码只显示后4位）</source>
        <translation>标准版（证件号码只显示后4位）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="123" />
        <source>公示版（用于村内公示）</source>
        <translation>公示版（用于村内公示）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="124" />
        <source>含完整证件号码（只供存档）…</source>
        <translation>含完整证件号码（只供存档）…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/visit_screen.py" line="291" />
        <source>{0}照片</source>
        <translation>{0}照片</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="180" />
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/form_fields.py" line="180" />
        <source>否</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="91" />
        <source>今日待访</source>
        <translation>今日待访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="92" />
        <source>花名册</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="93" />
        <source>返回</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="94" />
        <source>乡镇报表</source>
        <translation>乡镇报表</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="98" />
        <source>登记新户…</source>
        <translation>登记新户…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="101" />
        <source>同步</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="102" />
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="103" />
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="104" />
        <source>放大字体</source>
        <translation>放大字体</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="105" />
        <source>缩小字体</source>
        <translation>缩小字体</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="106" />
        <source>默认字号</source>
        <translation>默认字号</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="120" />
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="126" />
        <source>转到</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="129" />
        <source>查看</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="133" />
        <source>语言 Language</source>
        <translation>语言 Language</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="136" />
        <source>工具栏</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="95" />
        <source>积分评议…</source>
        <translation>积分评议…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="96" />
        <source>监测案件</source>
        <translation>监测案件</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/actions.py" line="100" />
        <source>批量打印走访记录…</source>
        <translation>批量打印走访记录…</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="30" />
        <source>密码不正确</source>
        <translation>密码不正确</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="32" />
        <source>磁盘已满</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="34" />
        <source>无法打开本地数据</source>
        <translation>无法打开本地数据</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="36" />
        <source>需要升级程序</source>
        <translation>需要升级程序</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="38" />
        <source>此设备已停用</source>
        <translation>此设备已停用</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="40" />
        <source>未保存：有内容需要修改</source>
        <translation>未保存：有内容需要修改</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="41" />
        <source>出错了</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="51" />
        <source>已保存的数据没有被改动。请联系乡镇或县里的管理员。</source>
        <translation>已保存的数据没有被改动。请联系乡镇或县里的管理员。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/dialogs.py" line="57" />
        <source>程序遇到意外错误，刚才的操作没有完成。已保存的数据没有丢失。</source>
        <translation>程序遇到意外错误，刚才的操作没有完成。已保存的数据没有丢失。</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../gridworker/ui/files.py" line="40" />
        <source>保存失败</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/files.py" line="41" />
        <source>无法保存：%1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="51" />
        <source>完整证件号码</source>
        <translation>完整证件号码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="52" />
        <source>将打印完整的身份证号码。纸质记录须妥善保管，不得张贴公示。继续吗？</source>
        <translation>将打印完整的身份证号码。纸质记录须妥善保管，不得张贴公示。继续吗？</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="62" />
        <source>保存失败</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="63" />
        <source>无法保存 PDF：%1</source>
        <translation>无法保存 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="85" />
        <location filename="../../gridworker/ui/printing/report_print.py" line="139" />
        <source>打印预览</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="104" />
        <source>另存为 PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="106" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="150" />
        <location filename="../../gridworker/ui/printing/actions.py" line="224" />
        <source>批量打印</source>
        <translation>批量打印</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="151" />
        <source>所选范围内没有已完成的走访记录。</source>
        <translation>所选范围内没有已完成的走访记录。</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="197" />
        <source>正在生成 %1 份走访记录…</source>
        <translation>正在生成 %1 份走访记录…</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/printing/actions.py" line="198" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="33" />
        <source>户编号</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="34" />
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="35" />
        <source>户类型</source>
        <translation>户类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="36" />
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="122" />
        <source>监测对象类型</source>
        <translation>监测对象类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="37" />
        <location filename="../../gridworker/ui/household_edit.py" line="61" />
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="38" />
        <source>长期外出</source>
        <translation>长期外出</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="41" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="42" />
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="43" />
        <source>证件类型</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="44" />
        <source>证件号码</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="45" />
        <source>与户主关系</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="46" />
        <source>健康状况</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="49" />
        <source>残疾类别</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="53" />
        <source>劳动技能</source>
        <translation>劳动技能</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="54" />
        <source>文化程度（不在校）</source>
        <translation>文化程度（不在校）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="55" />
        <source>在校生状况</source>
        <translation>在校生状况</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="56" />
        <source>务工所在地</source>
        <translation>务工所在地</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="57" />
        <source>务工月数</source>
        <translation>务工月数</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="58" />
        <source>城乡居民基本医疗保险</source>
        <translation>城乡居民基本医疗保险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="59" />
        <source>职工基本医疗保险</source>
        <translation>职工基本医疗保险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="60" />
        <source>城乡居民基本养老保险</source>
        <translation>城乡居民基本养老保险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="150" />
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="80" />
        <source>网格</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="197" />
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="100" />
        <source>加入原因</source>
        <translation>加入原因</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="198" />
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="101" />
        <source>加入日期</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/household_edit.py" line="199" />
        <location filename="../../gridworker/ui/member_leave.py" line="49" />
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="104" />
        <source>变动说明</source>
        <translation>变动说明</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="41" />
        <source>成员</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="44" />
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="102" />
        <source>离开原因</source>
        <translation>离开原因</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="48" />
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="103" />
        <source>离开日期</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/member_leave.py" line="50" />
        <source>新户主</source>
        <translation>新户主</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="81" />
        <source>无劳动力兜底保障</source>
        <translation>无劳动力兜底保障</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="82" />
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="123" />
        <source>风险类型</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="83" />
        <source>灾害类型</source>
        <translation>灾害类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="84" />
        <source>风险备注</source>
        <translation>风险备注</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="85" />
        <source>户主姓名</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="89" />
        <source>民族</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="90" />
        <source>政治面貌</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="91" />
        <source>失学辍学原因</source>
        <translation>失学辍学原因</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="92" />
        <source>务工单位</source>
        <translation>务工单位</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="93" />
        <source>公益岗位</source>
        <translation>公益岗位</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="94" />
        <source>公益岗位月数</source>
        <translation>公益岗位月数</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="95" />
        <source>大病保险</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="96" />
        <source>商业补充医疗保险</source>
        <translation>商业补充医疗保险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="97" />
        <source>医疗救助</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="98" />
        <source>低保</source>
        <translation>低保</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="99" />
        <source>特困供养</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="107" />
        <source>问题类型</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="108" />
        <source>情况</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="109" />
        <source>发现日期</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="110" />
        <source>解决日期</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="111" />
        <source>解决情况说明</source>
        <translation>解决情况说明</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="114" />
        <source>措施</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="115" />
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="116" />
        <source>开始日期</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="117" />
        <source>结束日期</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="120" />
        <source>环节</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="121" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/sync_issues_screen.py" line="124" />
        <source>说明</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="43" />
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="44" />
        <source>应走访</source>
        <translation>应走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="45" />
        <source>正常</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="57" />
        <source>户编号</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="58" />
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="59" />
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="60" />
        <source>户类型</source>
        <translation>户类型</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="61" />
        <source>风险</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="62" />
        <source>未解决问题</source>
        <translation>未解决问题</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="63" />
        <source>上次走访</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="64" />
        <source>应访日期</source>
        <translation>应访日期</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="65" />
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="177" />
        <source>（长期外出）</source>
        <translation>（长期外出）</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/roster_model.py" line="187" />
        <source>从未</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="28" />
        <source>脱贫户</source>
        <translation>脱贫户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="29" />
        <source>普通农户</source>
        <translation>普通农户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="30" />
        <source>脱贫不稳定户</source>
        <translation>脱贫不稳定户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="31" />
        <source>边缘易致贫户</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="32" />
        <source>突发严重困难户</source>
        <translation>突发严重困难户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="33" />
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="34" />
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="35" />
        <source>居民身份证</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="36" />
        <source>港澳台居民居住证</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="37" />
        <source>护照</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="38" />
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="39" />
        <source>户主</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="40" />
        <source>配偶</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="41" />
        <source>之子</source>
        <translation>之子</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="42" />
        <source>之女</source>
        <translation>之女</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="43" />
        <source>之儿媳</source>
        <translation>之儿媳</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="44" />
        <source>之女婿</source>
        <translation>之女婿</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="45" />
        <source>之孙子</source>
        <translation>之孙子</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="46" />
        <source>之孙女</source>
        <translation>之孙女</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="47" />
        <source>之外孙子</source>
        <translation>之外孙子</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="48" />
        <source>之外孙女</source>
        <translation>之外孙女</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="49" />
        <source>之父</source>
        <translation>之父</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="50" />
        <source>之母</source>
        <translation>之母</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="51" />
        <source>之岳父</source>
        <translation>之岳父</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="52" />
        <source>之岳母</source>
        <translation>之岳母</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="53" />
        <source>之公公</source>
        <translation>之公公</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="54" />
        <source>之婆婆</source>
        <translation>之婆婆</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="55" />
        <source>之兄弟姐妹</source>
        <translation>之兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="56" />
        <source>健康</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="57" />
        <source>长期慢性病</source>
        <translation>长期慢性病</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="58" />
        <source>患有大病</source>
        <translation>患有大病</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="59" />
        <source>残疾</source>
        <translation>残疾</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="60" />
        <source>视力</source>
        <translation>视力</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="61" />
        <source>听力</source>
        <translation>听力</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="62" />
        <source>言语</source>
        <translation>言语</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="63" />
        <source>肢体</source>
        <translation>肢体</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="64" />
        <source>智力</source>
        <translation>智力</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="65" />
        <source>精神</source>
        <translation>精神</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="66" />
        <source>多重</source>
        <translation>多重</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="67" />
        <source>普通劳动力</source>
        <translation>普通劳动力</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="68" />
        <source>技能劳动力</source>
        <translation>技能劳动力</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="69" />
        <source>弱劳动力或半劳动力</source>
        <translation>弱劳动力或半劳动力</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="70" />
        <source>丧失劳动力</source>
        <translation>丧失劳动力</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="71" />
        <source>无劳动力</source>
        <translation>无劳动力</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="72" />
        <source>文盲或半文盲</source>
        <translation>文盲或半文盲</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="73" />
        <source>小学</source>
        <translation>小学</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="74" />
        <source>初中</source>
        <translation>初中</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="75" />
        <source>高中</source>
        <translation>高中</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="76" />
        <source>大专</source>
        <translation>大专</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="77" />
        <source>本科及以上</source>
        <translation>本科及以上</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="78" />
        <source>学前教育</source>
        <translation>学前教育</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="79" />
        <source>七年级</source>
        <translation>七年级</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="80" />
        <source>八年级</source>
        <translation>八年级</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="81" />
        <source>九年级</source>
        <translation>九年级</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="82" />
        <source>普通高中</source>
        <translation>普通高中</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="83" />
        <source>中职</source>
        <translation>中职</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="84" />
        <source>高职</source>
        <translation>高职</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="85" />
        <source>技师学院</source>
        <translation>技师学院</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="86" />
        <source>乡镇内</source>
        <translation>乡镇内</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="87" />
        <source>乡镇外县内</source>
        <translation>乡镇外县内</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="88" />
        <source>县外省内</source>
        <translation>县外省内</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="89" />
        <source>省外</source>
        <translation>省外</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="90" />
        <source>国外</source>
        <translation>国外</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="91" />
        <source>入户</source>
        <translation>入户</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/vocab_names.py" line="92" />
        <source>电话</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="67" />
        <source>尚未同步</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../gridworker/ui/township_screen.py" line="71" />
        <location filename="../../gridworker/ui/township_screen.py" line="74" />
        <source>上次同步：%1</source>
        <translation>上次同步：%1</translation>
    </message>
</context>
</TS>
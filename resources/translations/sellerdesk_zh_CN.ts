<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AxisText</name>
    <message>
        <location filename="../../ui/seller/chart_style.py" line="90"/>
        <source>{number}B</source>
        <translation>{number}十亿</translation>
    </message>
    <message>
        <location filename="../../ui/seller/chart_style.py" line="90"/>
        <source>{number}M</source>
        <translation>{number}百万</translation>
    </message>
    <message>
        <location filename="../../ui/seller/chart_style.py" line="91"/>
        <source>{number}K</source>
        <translation>{number}千</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <location filename="../../ui/seller/chart_painter.py" line="99"/>
        <source>Rates are {days}-day trailing ratios of sums. Dashed: portfolio median. Shaded: promotion days.</source>
        <translation>比率为近 {days} 天滚动合计之比。虚线：商家组合中位数；阴影：大促日。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/chart_painter.py" line="102"/>
        <source>This seller</source>
        <translation>本商家</translation>
    </message>
    <message>
        <location filename="../../ui/seller/chart_painter.py" line="102"/>
        <source>Portfolio median</source>
        <translation>商家组合中位数</translation>
    </message>
    <message>
        <location filename="../../ui/seller/chart_painter.py" line="106"/>
        <source>No daily metrics for this seller yet.</source>
        <translation>该商家暂无每日指标。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/chart_painter.py" line="117"/>
        <source>GMV ({currency})</source>
        <translation>GMV（{currency}）</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/portfolio/column_chooser.py" line="21"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/column_chooser.py" line="22"/>
        <source>Choose the columns to show (Alt+C; Space ticks)</source>
        <translation>选择要显示的列（Alt+C；空格键勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/column_chooser.py" line="35"/>
        <source>Always shown</source>
        <translation>始终显示</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/column_chooser.py" line="40"/>
        <source>Show all columns</source>
        <translation>显示全部列</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="59"/>
        <source>Resolve a conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="64"/>
        <source>A teammate changed this entry on the platform after you changed it here. Choose which version to keep.</source>
        <translation>你在本地修改这条记录后，同事又在平台上修改了它。请选择保留哪个版本。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="68"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="68"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="68"/>
        <source>Theirs</source>
        <translation>平台上的</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="73"/>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="74"/>
        <source>Keep &amp;theirs</source>
        <translation>保留平台上的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="107"/>
        <source>The conflict could not be read: {reason}</source>
        <translation>无法读取冲突：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="112"/>
        <source>This entry is no longer in conflict: nothing to choose.</source>
        <translation>这条记录已不再冲突，无需选择。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="146"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="146"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="156"/>
        <source>Saving your choice…</source>
        <translation>正在保存你的选择…</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/conflict_dialog.py" line="165"/>
        <source>Not resolved: {reason}</source>
        <translation>未能解决：{reason}</translation>
    </message>
</context>
<context>
    <name>CriteriaText</name>
    <message>
        <location filename="../../ui/seller/programs_panel.py" line="41"/>
        <source>{metric} {op} {value} over {days} days</source>
        <translation>{metric} {op} {value}（近 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/seller/programs_panel.py" line="44"/>
        <source>{metric} {op} {value}</source>
        <translation>{metric} {op} {value}</translation>
    </message>
    <message>
        <location filename="../../ui/seller/programs_panel.py" line="48"/>
        <source>No published criteria</source>
        <translation>暂无公布的报名条件</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <location filename="../../ui/flags/dialogs.py" line="57"/>
        <source>Dismiss flags</source>
        <translation>忽略标记</translation>
    </message>
    <message>
        <location filename="../../ui/flags/dialogs.py" line="59"/>
        <source>Dismiss {count} flag(s). Say why, so you and your team know later; a flag comes back if it gets worse.</source>
        <translation>忽略 {count} 个标记。请写明原因，方便你和团队日后查看；如情况恶化，标记会重新出现。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/dialogs.py" line="65"/>
        <source>Reason (required), e.g. &quot;agreed plan with the seller, review in a month&quot;</source>
        <translation>原因（必填），例如“已与商家约定改进计划，一个月后复查”</translation>
    </message>
    <message>
        <location filename="../../ui/flags/dialogs.py" line="70"/>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/dialogs.py" line="76"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="61"/>
        <source>State</source>
        <translation>发送状态</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="61"/>
        <source>Seller</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="61"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="62"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="62"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="63"/>
        <source>Program</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="63"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="64"/>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="64"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="65"/>
        <source>Platform&apos;s message</source>
        <translation>平台说明</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="95"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/entry_model.py" line="96"/>
        <source>A teammate</source>
        <translation>同事</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../ui/error_words.py" line="23"/>
        <source>Your sign-in is no longer valid (revoked or expired): sign in again. Everything already synced stays available.</source>
        <translation>你的登录已失效（已被撤销或已过期）：请重新登录。已同步的数据仍可查看。</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="27"/>
        <source>No system keyring is available to keep your app secret and sign-in safe: install and unlock one, or name a backend with PYTHON_KEYRING_BACKEND.</source>
        <translation>没有可用的系统密钥环来安全保存应用密钥和登录信息：请安装并解锁一个，或用 PYTHON_KEYRING_BACKEND 指定后端。</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="31"/>
        <source>The platform refused the request signature: the app secret is probably wrong. Check it and sign in again.</source>
        <translation>平台拒绝了请求签名：应用密钥可能有误。请检查后重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="35"/>
        <source>The platform says this computer&apos;s clock is wrong: set the date and time automatically and try again.</source>
        <translation>平台提示这台电脑的时钟不准：请设置为自动同步日期和时间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="39"/>
        <source>The platform cannot be reached: check the network and the API address. Everything already synced stays available.</source>
        <translation>无法连接平台：请检查网络和 API 地址。已同步的数据仍可查看。</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="43"/>
        <source>The platform had a temporary failure: try again in a moment.</source>
        <translation>平台出现临时故障：请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="46"/>
        <source>The platform asked SellerDesk to slow down: try again in a minute.</source>
        <translation>平台要求 SellerDesk 降低请求频率：请一分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="49"/>
        <source>The platform sent an answer SellerDesk cannot read; the details are in the log.</source>
        <translation>平台返回了 SellerDesk 无法解析的响应；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="53"/>
        <source>That seller is not in your portfolio any more.</source>
        <translation>该商家已不在你的负责范围内。</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="56"/>
        <source>The local data file cannot be used (disk full, locked by another program, or damaged); the details are in the log.</source>
        <translation>无法使用本地数据文件（磁盘已满、被其他程序锁定或已损坏）；详情见日志。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="106"/>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="106"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="107"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="107"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="108"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="118"/>
        <source>Risks &amp;&amp; opportunities</source>
        <translation>风险与机会</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="122"/>
        <source>Show &amp;unassigned</source>
        <translation>显示未分配(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="125"/>
        <source>Also list sellers no longer assigned to you (Alt+U)</source>
        <translation>同时列出已不再分配给你的商家（Alt+U）</translation>
    </message>
</context>
<context>
    <name>FilterButton</name>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="89"/>
        <source>{filter}: {value}</source>
        <translation>{filter}：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="92"/>
        <source>{filter} ({count})</source>
        <translation>{filter}（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/filter_bar.py" line="95"/>
        <source>Show only sellers with these values; pick several to widen ({filter}: Tab here, Space opens, Space ticks)</source>
        <translation>只显示具有这些值的商家；多选可扩大范围（{filter}：用 Tab 键移到此处，空格键打开，空格键勾选）</translation>
    </message>
</context>
<context>
    <name>FlagActions</name>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="56"/>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="57"/>
        <source>Mark the selected flags as seen; they stay open</source>
        <translation>将所选标记标为已查看；它们仍保持未处理</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="60"/>
        <source>&amp;Snooze…</source>
        <translation>暂缓(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="60"/>
        <source>Hide the selected flags until a date</source>
        <translation>在某日期前隐藏所选标记</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="63"/>
        <source>&amp;Dismiss…</source>
        <translation>忽略(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="63"/>
        <source>Close the selected flags with a reason</source>
        <translation>填写原因后关闭所选标记</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="66"/>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="67"/>
        <source>Put snoozed, dismissed or acknowledged flags back to new</source>
        <translation>将已暂缓、已忽略或已确认的标记恢复为新</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="69"/>
        <source>Open seller	Enter</source>
        <translation>打开商家	Enter</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="72"/>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="73"/>
        <source>Edit the rules&apos; thresholds and turn rules on or off</source>
        <translation>编辑规则阈值，启用或关闭规则</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="76"/>
        <source>&amp;Log outreach…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="77"/>
        <source>Log a call or message about the selected flag, linked to it</source>
        <translation>就所选标记记录一次通话或消息，并与该标记关联</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="89"/>
        <source>{tip} ({shortcut})</source>
        <translation>{tip}（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_actions.py" line="163"/>
        <source>The change could not be saved; the details are in the log.</source>
        <translation>无法保存更改；详情见日志。</translation>
    </message>
</context>
<context>
    <name>FlagChart</name>
    <message>
        <location filename="../../ui/seller/flag_chart.py" line="32"/>
        <source>Select a flag with a metric to see it over 90 days against its thresholds.</source>
        <translation>选择一个带指标的标记，查看其近 90 天走势与阈值线。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flag_chart.py" line="82"/>
        <source>{metric}, {days}-day trailing value</source>
        <translation>{metric}，{days} 天滚动值</translation>
    </message>
</context>
<context>
    <name>FlagColumns</name>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="41"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="42"/>
        <source>Seller</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="43"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="44"/>
        <source>What and why</source>
        <translation>问题与原因</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="45"/>
        <source>Distance to the line</source>
        <translation>距阈值</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="46"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="47"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="48"/>
        <source>Window</source>
        <translation>窗口期</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="49"/>
        <source>First seen</source>
        <translation>首次发现</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="184"/>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_model.py" line="193"/>
        <source>{status} until {date}</source>
        <translation>{status}至 {date}</translation>
    </message>
</context>
<context>
    <name>FlagDetails</name>
    <message>
        <location filename="../../ui/flags/details.py" line="48"/>
        <source>{count} flags selected: the actions apply to all of them.</source>
        <translation>已选择 {count} 个标记：操作将应用于全部。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="52"/>
        <source>Select a flag to see its evidence and history.</source>
        <translation>选择一个标记以查看其依据和历史。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="69"/>
        <source>Distance to the line:</source>
        <translation>距阈值：</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="72"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="100"/>
        <source>Value {value}, threshold {threshold}, over {days} days</source>
        <translation>数值 {value}，阈值 {threshold}，统计 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="79"/>
        <source>Evidence:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="76"/>
        <source>At stake:</source>
        <translation>涉及金额：</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="77"/>
        <source>{amount}, the seller&apos;s GMV in the window</source>
        <translation>{amount}（该商家在统计窗口内的 GMV）</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="81"/>
        <source>First seen {first}, last seen {last}</source>
        <translation>首次发现 {first}，最近发现 {last}</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="85"/>
        <source>Dismissed: {reason}</source>
        <translation>已忽略：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="88"/>
        <source>Loading history…</source>
        <translation>正在读取历史…</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="97"/>
        <source>Value {value}, threshold {threshold}</source>
        <translation>数值 {value}，阈值 {threshold}</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="108"/>
        <source>No history recorded.</source>
        <translation>暂无历史记录。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/details.py" line="119"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>FlagWords</name>
    <message>
        <location filename="../../ui/flags/words.py" line="41"/>
        <source>Counterfeit or IP violations</source>
        <translation>假冒或侵权违规</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="42"/>
        <source>Account status</source>
        <translation>账户状态</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="43"/>
        <source>Days since the last contact</source>
        <translation>距上次联系天数</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="44"/>
        <source>Days without orders</source>
        <translation>无订单天数</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="50"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="51"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="52"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="53"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="54"/>
        <location filename="../../ui/flags/words.py" line="67"/>
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="59"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="60"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="61"/>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="62"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="63"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="67"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="72"/>
        <source>raised</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="73"/>
        <source>acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="74"/>
        <source>snoozed</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="75"/>
        <source>dismissed</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="76"/>
        <source>resolved</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="77"/>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="78"/>
        <source>severity changed</source>
        <translation>严重程度变化</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="79"/>
        <source>snooze ended</source>
        <translation>暂缓到期</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="84"/>
        <source>Fulfilment</source>
        <translation>履约</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="85"/>
        <source>Customer experience</source>
        <translation>客户体验</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="86"/>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="87"/>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="93"/>
        <source>late dispatches</source>
        <translation>延迟发货</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="94"/>
        <source>shipped orders</source>
        <translation>已发货订单</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="95"/>
        <source>seller cancellations</source>
        <translation>商家取消</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="96"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="97"/>
        <source>delivered orders</source>
        <translation>已送达订单</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="98"/>
        <source>on-time deliveries</source>
        <translation>准时送达</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="99"/>
        <source>returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="100"/>
        <source>negative reviews</source>
        <translation>差评</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="101"/>
        <source>IM conversations</source>
        <translation>IM 会话</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="102"/>
        <source>replied within 12 h</source>
        <translation>12 小时内回复</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="103"/>
        <source>visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="104"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="105"/>
        <source>GMV, previous window</source>
        <translation>GMV（上一周期）</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="106"/>
        <source>violation points</source>
        <translation>违规分</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="107"/>
        <location filename="../../ui/flags/words.py" line="108"/>
        <source>violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="109"/>
        <source>category&apos;s top-quartile conversion</source>
        <translation>类目前四分之一转化率</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="110"/>
        <source>category&apos;s median visitors</source>
        <translation>类目访客中位数</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="111"/>
        <source>last order</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="112"/>
        <source>last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="113"/>
        <source>criterion not met</source>
        <translation>未满足的条件</translation>
    </message>
    <message>
        <location filename="../../ui/flags/words.py" line="114"/>
        <source>account status</source>
        <translation>账户状态</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="71"/>
        <source>Risks &amp;&amp; opportunities</source>
        <translation>风险与机会</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="81"/>
        <source>Loading flags…</source>
        <translation>正在读取标记…</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="86"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="86"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="86"/>
        <source>What and why</source>
        <translation>问题与原因</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="87"/>
        <source>Distance to the line</source>
        <translation>距阈值</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="87"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="87"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="88"/>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="119"/>
        <source>The flags cannot be read right now; the details are in the log.</source>
        <translation>暂时无法读取标记；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="142"/>
        <source>Risks &amp;&amp; opportunities ({risks} risks, {opportunities} opportunities open)</source>
        <translation>风险与机会（未处理：{risks} 个风险，{opportunities} 个机会）</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="146"/>
        <source>No open risks or opportunities for this seller: everything is within the rules.</source>
        <translation>该商家没有未处理的风险或机会：各项指标均符合规则。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="175"/>
        <source>No flag to chart.</source>
        <translation>没有可绘制的标记。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="184"/>
        <source>{status} until {date}</source>
        <translation>{status}至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="204"/>
        <source>{rule} has no daily metric to chart.</source>
        <translation>{rule} 没有可绘制的每日指标。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="209"/>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="221"/>
        <source>This flag&apos;s metric has no daily series to chart.</source>
        <translation>该标记的指标没有可绘制的每日数据。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/flags_panel.py" line="225"/>
        <source>The chart cannot be drawn; the details are in the log.</source>
        <translation>无法绘制图表；详情见日志。</translation>
    </message>
</context>
<context>
    <name>FollowUpNotifier</name>
    <message>
        <location filename="../../ui/outreach/followup_notifier.py" line="120"/>
        <source>Follow up with {shop} today: {summary}</source>
        <translation>今天需跟进 {shop}：{summary}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followup_notifier.py" line="122"/>
        <source>no summary</source>
        <translation>无摘要</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followup_notifier.py" line="124"/>
        <source>{count} follow-ups are due today; open Follow-ups to work through them.</source>
        <translation>今天有 {count} 项跟进到期，请打开“跟进”逐一处理。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followup_notifier.py" line="126"/>
        <source>Follow-up due</source>
        <translation>跟进到期</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="68"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="72"/>
        <source>&amp;Done</source>
        <translation>已完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="73"/>
        <source>Done and &amp;log what happened…</source>
        <translation>完成并记录结果(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="75"/>
        <source>&amp;Snooze to tomorrow</source>
        <translation>推迟到明天(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="77"/>
        <source>Snooze &amp;until…</source>
        <translation>推迟到…(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="79"/>
        <source>&amp;Open seller</source>
        <translation>打开商家(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="139"/>
        <source>The follow-ups could not be read: {reason}</source>
        <translation>无法读取跟进：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="147"/>
        <source>Overdue ({count})</source>
        <translation>已逾期（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="148"/>
        <source>Due today ({count})</source>
        <translation>今天到期（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="149"/>
        <source>Upcoming, next 7 days ({count})</source>
        <translation>未来 7 天（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="163"/>
        <source>No follow-ups in the next 7 days. Set one when you log outreach ({key}).</source>
        <translation>未来 7 天没有跟进。记录联系时可设置跟进日期（{key}）。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/followups_page.py" line="191"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="121"/>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="144"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="147"/>
        <source>{count} min ago</source>
        <translation>{count} 分钟前</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="151"/>
        <source>{count} h ago</source>
        <translation>{count} 小时前</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="155"/>
        <source>{count} days ago</source>
        <translation>{count} 天前</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="166"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="170"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="173"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="181"/>
        <source>{count} items/s</source>
        <translation>{count} 条/秒</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../ui/outreach/funnel_chart.py" line="32"/>
        <source>The funnel appears when a program is chosen.</source>
        <translation>选择活动后显示漏斗。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/funnel_chart.py" line="84"/>
        <source>{count} · {share} of previous</source>
        <translation>{count} · 上一阶段的 {share}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/funnel_chart.py" line="93"/>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/funnel_chart.py" line="94"/>
        <source>last {days} days</source>
        <translation>最近 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/funnel_chart.py" line="95"/>
        <source>{program}, {period}</source>
        <translation>{program}，{period}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/funnel_chart.py" line="99"/>
        <source>No seller at any stage yet</source>
        <translation>暂无商家进入任何阶段</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../ui/seller/health_panel.py" line="45"/>
        <source>Health</source>
        <translation>店铺健康</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_panel.py" line="48"/>
        <source>Health, last {days} days to {date}</source>
        <translation>店铺健康（近 {days} 天，截至 {date}）</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_panel.py" line="55"/>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_panel.py" line="56"/>
        <source>{count} {volume}; needs {minimum}</source>
        <translation>{volume} {count}，至少需要 {minimum}</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_panel.py" line="62"/>
        <source>{part} of {total} from LIVE and video</source>
        <translation>{total} 中有 {part} 来自直播和视频</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_panel.py" line="66"/>
        <source>{count} of {total} {volume}</source>
        <translation>{count} / {total} {volume}</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_panel.py" line="72"/>
        <source>active violations</source>
        <translation>生效中的违规</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_panel.py" line="81"/>
        <source>No score</source>
        <translation>暂无评分</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_panel.py" line="82"/>
        <source>the platform has not scored this seller yet</source>
        <translation>平台尚未对该商家评分</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_panel.py" line="84"/>
        <source>platform score</source>
        <translation>平台评分</translation>
    </message>
</context>
<context>
    <name>HealthScorePanel</name>
    <message>
        <location filename="../../ui/seller/health_score_panel.py" line="21"/>
        <source>Health score</source>
        <translation>健康分</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_score_panel.py" line="49"/>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_score_panel.py" line="50"/>
        <source>too few orders to score yet</source>
        <translation>订单太少，暂无法评分</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_score_panel.py" line="55"/>
        <source>no score for the 30 days before</source>
        <translation>前 30 天无评分</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_score_panel.py" line="59"/>
        <source>{arrow} {change} against the 30 days before</source>
        <translation>较前 30 天 {arrow} {change}</translation>
    </message>
    <message>
        <location filename="../../ui/seller/health_score_panel.py" line="66"/>
        <source>weight {share}</source>
        <translation>权重 {share}</translation>
    </message>
</context>
<context>
    <name>ImpactTable</name>
    <message>
        <location filename="../../ui/outreach/impact.py" line="85"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="85"/>
        <source>At contact</source>
        <translation>联系时</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="85"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="85"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="99"/>
        <source>Select an entry to see the seller&apos;s key metrics before and after it.</source>
        <translation>选择一条记录，查看商家关键指标在联系前后的变化。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="102"/>
        <source>Reading the impact…</source>
        <translation>正在读取效果…</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="115"/>
        <source>The impact could not be read: {reason}</source>
        <translation>无法读取效果：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="127"/>
        <source>{arrow} {points} pp</source>
        <translation>{arrow} {points} 个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="136"/>
        <source>No metrics were recorded at the time of this contact.</source>
        <translation>联系时没有记录指标。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="141"/>
        <source>Impact: no data since this contact yet.</source>
        <translation>效果：联系之后还没有数据。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="143"/>
        <source>Impact so far: {days} of {total} days after the contact (sums compared per day).</source>
        <translation>目前效果：联系后 {total} 天中的 {days} 天（累计值按日均比较）。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/impact.py" line="147"/>
        <source>Impact: the {total} days after the contact.</source>
        <translation>效果：联系后的 {total} 天。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>SellerDesk — {profile}</source>
        <translation>SellerDesk — {profile}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>SellerDesk — {profile} (demo on a local sandbox)</source>
        <translation>SellerDesk — {profile}（本地沙盒演示）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Cancel sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Portfolio</source>
        <translation>我的商家(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;Risks &amp;&amp; Opportunities</source>
        <translation>风险与机会(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Flag &amp;rules…</source>
        <translation>标记规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;Find seller…</source>
        <translation>查找商家(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>F&amp;ollow-ups</source>
        <translation>跟进(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>P&amp;ipeline</source>
        <translation>报名漏斗(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Outbox</source>
        <translation>待发送(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Log outreach…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Send outbox now</source>
        <translation>立即发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Outreach</source>
        <translation>联系(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../ui/nav_rail.py" line="80"/>
        <location filename="../../ui/nav_rail.py" line="148"/>
        <source>Portfolio</source>
        <translation>我的商家</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="84"/>
        <source>Every seller you look after ({shortcut})</source>
        <translation>你负责的所有商家（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="88"/>
        <source>Risks &amp; Opportunities</source>
        <translation>风险与机会</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="89"/>
        <source>Open risks and growth opportunities to work through ({shortcut})</source>
        <translation>待处理的风险和增长机会（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="92"/>
        <location filename="../../ui/nav_rail.py" line="134"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="93"/>
        <source>Follow-ups overdue, due today and coming ({shortcut})</source>
        <translation>已逾期、今天到期和即将到期的跟进（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="96"/>
        <source>Pipeline</source>
        <translation>报名漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="97"/>
        <source>Enrollment funnel per program ({shortcut})</source>
        <translation>各活动的报名漏斗（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="100"/>
        <location filename="../../ui/nav_rail.py" line="141"/>
        <source>Outbox</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="101"/>
        <source>Outreach waiting to reach the platform ({shortcut})</source>
        <translation>尚未发送到平台的联系记录（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="104"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="106"/>
        <source>Profiles, language and auto-sync ({shortcut})</source>
        <translation>账号配置、语言和自动同步（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="133"/>
        <source>Follow-ups, {count} due</source>
        <translation>跟进，{count} 项到期</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="140"/>
        <source>Outbox, {count} not sent</source>
        <translation>待发送，{count} 条未发送</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="147"/>
        <source>Portfolio, {count} active sellers</source>
        <translation>我的商家，{count} 个有效商家</translation>
    </message>
    <message>
        <location filename="../../ui/nav_rail.py" line="158"/>
        <source>Risks &amp; Opportunities, {risks} open risks, {critical} critical, {opportunities} opportunities</source>
        <translation>风险与机会，{risks} 个未处理风险，{critical} 个严重，{opportunities} 个机会</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../../ui/outreach/nominate_dialog.py" line="25"/>
        <source>Nominate for {program}</source>
        <translation>提名参加 {program}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/nominate_dialog.py" line="39"/>
        <source>Why this seller (optional)</source>
        <translation>提名理由（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/nominate_dialog.py" line="44"/>
        <source>Nominate</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/nominate_dialog.py" line="48"/>
        <source>&amp;Seller:</source>
        <translation>商家(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/nominate_dialog.py" line="49"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/nominate_dialog.py" line="64"/>
        <source>Choose a seller from the list first.</source>
        <translation>请先从列表中选择商家。</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ui/notice_bar.py" line="31"/>
        <source>Fetching your portfolio for the first time: the list fills in when the sync ends. You can keep working.</source>
        <translation>正在首次获取你的商家组合：同步结束后列表会自动填充，期间可以继续工作。</translation>
    </message>
    <message>
        <location filename="../../ui/notice_bar.py" line="38"/>
        <source>Offline: the platform cannot be reached. Everything shown comes from the local data; SellerDesk tries again at the next auto-sync, or press {key}.</source>
        <translation>离线：无法连接平台。当前显示的均为本地数据；SellerDesk 会在下次自动同步时重试，也可以按 {key} 立即重试。</translation>
    </message>
    <message>
        <location filename="../../ui/notice_bar.py" line="42"/>
        <source>an unexpected error (details are in the log)</source>
        <translation>意外错误（详情见日志）</translation>
    </message>
    <message>
        <location filename="../../ui/notice_bar.py" line="43"/>
        <source>The last sync failed: {reason}. The data shown is what was stored before; press {key} to try again.</source>
        <translation>上次同步失败：{reason}。当前显示的是此前保存的数据；按 {key} 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/notice_bar.py" line="47"/>
        <source>The platform asks you to sign in again before it sends more data. Everything already synced stays available.</source>
        <translation>平台要求重新登录后才会继续发送数据。已同步的数据仍可正常使用。</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="63"/>
        <source>Outbox</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="67"/>
        <source>Nothing waiting: everything you logged is on the platform.</source>
        <translation>没有待发送的内容：你记录的一切都已在平台上。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="73"/>
        <source>&amp;Send outbox now</source>
        <translation>立即发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="74"/>
        <source>&amp;Correct and resend…</source>
        <translation>更正并重新发送(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="76"/>
        <source>&amp;Resolve conflict…</source>
        <translation>解决冲突(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="115"/>
        <source>The outbox could not be read: {reason}</source>
        <translation>无法读取待发送列表：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="202"/>
        <source>{status} Select a refused entry and press {resend} to correct and send it again, or a conflict and press {resolve} to choose a version.</source>
        <translation>{status}选中被拒收的记录并按 {resend} 更正后重新发送；选中冲突的记录并按 {resolve} 选择保留的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="208"/>
        <source>Sending to the platform…</source>
        <translation>正在发送到平台…</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="212"/>
        <source>Entries are sent in the background; press {key} to send now.</source>
        <translation>记录会在后台发送；按 {key} 立即发送。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="216"/>
        <source>Offline {when}: entries stay here and are sent when the platform can be reached.</source>
        <translation>{when}处于离线状态：记录保留在这里，连上平台后再发送。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="219"/>
        <source>The platform asks you to sign in again; entries stay here until then.</source>
        <translation>平台要求重新登录；在此之前记录保留在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="222"/>
        <source>The last send failed {when}: {reason}. Entries stay here; press {key} to try again.</source>
        <translation>上次发送失败（{when}）：{reason}。记录保留在这里；按 {key} 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="224"/>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/outbox_page.py" line="228"/>
        <source>Last sent {when}: {count} accepted.</source>
        <translation>上次发送于{when}：平台接收 {count} 条。</translation>
    </message>
</context>
<context>
    <name>OutreachPanel</name>
    <message>
        <location filename="../../ui/seller/outreach_panel.py" line="59"/>
        <source>Outreach</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/seller/outreach_panel.py" line="69"/>
        <source>Log outreach…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <location filename="../../ui/seller/outreach_panel.py" line="71"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/seller/outreach_panel.py" line="72"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/seller/outreach_panel.py" line="73"/>
        <source>No outreach logged with this seller yet. Press {key} to log a call, a message or a meeting.</source>
        <translation>还没有与该商家的联系记录。按 {key} 记录电话、消息或会议。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/outreach_panel.py" line="134"/>
        <source>The outreach log could not be read: {reason}</source>
        <translation>无法读取联系记录：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/seller/outreach_panel.py" line="154"/>
        <source>{author} (teammate)</source>
        <translation>{author}（同事）</translation>
    </message>
    <message>
        <location filename="../../ui/seller/outreach_panel.py" line="203"/>
        <source>Delete this entry?</source>
        <translation>删除这条记录？</translation>
    </message>
    <message>
        <location filename="../../ui/seller/outreach_panel.py" line="204"/>
        <source>Delete “{summary}”? Your teammates stop seeing it once the platform has the deletion.</source>
        <translation>删除“{summary}”？平台收到删除后，同事将不再看到它。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/outreach_panel.py" line="226"/>
        <source>Not deleted: {reason}</source>
        <translation>未删除：{reason}</translation>
    </message>
</context>
<context>
    <name>OutreachWords</name>
    <message>
        <location filename="../../ui/outreach/words.py" line="22"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="23"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="24"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="25"/>
        <source>IM</source>
        <translation>IM</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="26"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="27"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="32"/>
        <source>Outbound</source>
        <translation>主动联系</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="33"/>
        <source>Inbound</source>
        <translation>商家来电/来信</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="38"/>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="39"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="40"/>
        <source>Voicemail</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="41"/>
        <source>Interested</source>
        <translation>感兴趣</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="42"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="43"/>
        <source>Enrolled</source>
        <translation>已加入</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="44"/>
        <source>Follow-up needed</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="45"/>
        <source>Escalated</source>
        <translation>已升级处理</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="50"/>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="51"/>
        <source>Pitched</source>
        <translation>已推介</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="52"/>
        <source>Interested</source>
        <comment>funnel stage</comment>
        <translation>有意向</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="53"/>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="54"/>
        <source>Enrolled</source>
        <comment>funnel stage</comment>
        <translation>已加入</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="55"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="61"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="62"/>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="63"/>
        <source>Rejected</source>
        <translation>被平台拒收</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="64"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="71"/>
        <source>GMV, 30 days</source>
        <translation>30 天 GMV</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="72"/>
        <source>Orders, 30 days</source>
        <translation>30 天订单</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="79"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="80"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="81"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="82"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="83"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="84"/>
        <source>Program</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="85"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="86"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="87"/>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/words.py" line="88"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="79"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="80"/>
        <source>Last {days} days</source>
        <translation>最近 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="90"/>
        <source>&amp;Nominate…</source>
        <translation>提名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="94"/>
        <source>Nominate a seller for this program ({key})</source>
        <translation>提名商家参加此活动（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="103"/>
        <source>Pipeline</source>
        <translation>报名漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="105"/>
        <source>&amp;Program:</source>
        <translation>活动(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="107"/>
        <source>P&amp;eriod:</source>
        <translation>时间范围(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="138"/>
        <source>The pipeline could not be read: {reason}</source>
        <translation>无法读取报名漏斗：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="150"/>
        <source>No programs yet: sync to fetch the marketplace&apos;s program catalog.</source>
        <translation>还没有活动：请同步以获取平台的活动目录。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="156"/>
        <source>No seller has reached any stage of this program in this period. Eligible sellers appear once risks and opportunities are computed; pitches appear when you log outreach with this program.</source>
        <translation>这段时间内没有商家进入此活动的任何阶段。计算风险与机会后会显示符合条件的商家；记录联系并选择此活动后会显示推介。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/pipeline_page.py" line="193"/>
        <source>Not nominated: {reason}</source>
        <translation>未提名：{reason}</translation>
    </message>
</context>
<context>
    <name>PortfolioColumns</name>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="168"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="169"/>
        <source>The shop&apos;s name on the marketplace</source>
        <translation>店铺在平台上的名称</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="174"/>
        <source>Shop code</source>
        <translation>店铺编码</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="175"/>
        <source>The shop&apos;s code: country, city, number</source>
        <translation>店铺编码：国家、城市、编号</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="179"/>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="180"/>
        <source>Where the shop sells</source>
        <translation>店铺所在的销售平台</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="184"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="185"/>
        <source>The market the shop sells in</source>
        <translation>店铺销售的市场</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="189"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="190"/>
        <source>The shop&apos;s main category</source>
        <translation>店铺主营类目</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="194"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="195"/>
        <source>Account tier, A (largest) to C</source>
        <translation>客户等级，A（最大）至 C</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="199"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="200"/>
        <source>Account status on the platform; restricted and suspended in red</source>
        <translation>店铺在平台上的账号状态；受限和已暂停显示为红色</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="206"/>
        <source>GMV 30d</source>
        <translation>30 天 GMV</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="207"/>
        <source>Gross merchandise value of the last 30 days, in the seller&apos;s currency; sorted within each currency, the currency of most sellers first</source>
        <translation>近 30 天商品交易总额，以商家的币种计；排序在各币种内进行，商家最多的币种排在最前</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="213"/>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="214"/>
        <source>GMV of the last 30 days against the 30 days before; above 30% green, down more than 25% amber; — when the seller sold nothing before</source>
        <translation>近 30 天 GMV 与前 30 天相比；高于 30% 显示绿色，下降超过 25% 显示琥珀色；此前无销售时显示 —</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="221"/>
        <source>Orders 30d</source>
        <translation>30 天订单</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="222"/>
        <source>Orders of the last 30 days</source>
        <translation>近 30 天的订单数</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="226"/>
        <source>Late dispatch</source>
        <translation>延迟发货</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="227"/>
        <source>Late-dispatched / shipped orders, last 30 days (needs 30 shipped); above 4% orange, from 10% red</source>
        <translation>延迟发货订单 / 已发货订单，近 30 天（至少需 30 笔已发货）；高于 4% 显示橙色，达到 10% 显示红色</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="235"/>
        <source>Cancellations</source>
        <translation>取消率</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="236"/>
        <source>Seller-cancelled orders / orders, last 30 days (needs 30 orders); above 2.5% orange, from 10% red</source>
        <translation>商家取消订单 / 订单，近 30 天（至少需 30 笔订单）；高于 2.5% 显示橙色，达到 10% 显示红色</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="244"/>
        <source>Returns</source>
        <translation>退货率</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="245"/>
        <source>Seller-fault returns / delivered orders, last 30 days (needs 100 delivered); above 1.5% amber</source>
        <translation>商家责任退货 / 已送达订单，近 30 天（至少需 100 笔已送达）；高于 1.5% 显示琥珀色</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="253"/>
        <source>Neg. reviews</source>
        <translation>差评率</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="254"/>
        <source>Negative reviews / delivered orders, last 30 days (needs 100 delivered); above 0.5% amber</source>
        <translation>差评 / 已送达订单，近 30 天（至少需 100 笔已送达）；高于 0.5% 显示琥珀色</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="262"/>
        <source>Points</source>
        <translation>违规分</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="263"/>
        <source>Active violation points: from 12 amber, 24 orange, 36 red (48 deactivates)</source>
        <translation>生效中的违规分：达到 12 分显示琥珀色，24 分橙色，36 分红色（48 分将停用店铺）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="270"/>
        <source>SPS</source>
        <translation>SPS</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="271"/>
        <source>Shop performance score; below 3.5 amber, below 2.5 orange; &quot;no score&quot; when the platform has none yet</source>
        <translation>店铺表现分（SPS）；低于 3.5 显示琥珀色，低于 2.5 显示橙色；平台尚未评分时显示“暂无评分”</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="279"/>
        <source>AHR</source>
        <translation>AHR</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="280"/>
        <source>Account health rating; below 200 orange, below 100 red; &quot;no score&quot; when the platform has none yet</source>
        <translation>账户健康评级（AHR）；低于 200 显示橙色，低于 100 显示红色；平台尚未评分时显示“暂无评分”</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="288"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="289"/>
        <source>Open risk flags (new or acknowledged), coloured by the worst: critical red, high orange, medium amber; sorts by the worst, then by how many</source>
        <translation>未处理的风险标记（新的或已确认），颜色按最严重者：严重为红色、高为橙色、中为琥珀色；先按最严重程度排序，再按数量</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="297"/>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="298"/>
        <source>Open growth opportunities: programs the seller is eligible for or close to, fast growth, content or ads potential</source>
        <translation>未处理的增长机会：符合或接近活动资格、快速增长、内容或广告潜力</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="305"/>
        <source>Health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="306"/>
        <source>Health score 0-100 from fulfilment, customer experience, compliance and growth, with its change against the 30 days before</source>
        <translation>健康分 0-100，由履约、客户体验、合规和增长加权得出，并显示较前 30 天的变化</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="313"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="314"/>
        <source>The latest outreach logged with the seller</source>
        <translation>与该商家最近一次记录在案的联系</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="319"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/columns.py" line="320"/>
        <source>The earliest follow-up due from today on</source>
        <translation>从今天起最早到期的跟进</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../ui/portfolio/model.py" line="134"/>
        <source>{explanation}
Click to sort; {shortcut} sorts by the current column, again to reverse</source>
        <translation>{explanation}
点击排序；按 {shortcut} 按当前列排序，再按一次反向排序</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../../ui/portfolio/view.py" line="58"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/view.py" line="59"/>
        <source>Clear the search and every filter ({shortcut})</source>
        <translation>清除搜索和所有筛选（{shortcut}）</translation>
    </message>
</context>
<context>
    <name>PortfolioTexts</name>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="31"/>
        <source>Eligible for {program}</source>
        <translation>符合 {program} 资格</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="32"/>
        <source>Critical risks</source>
        <translation>严重风险</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="32"/>
        <source>Any risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="33"/>
        <source>Opportunities</source>
        <translation>有机会</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="36"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="36"/>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="37"/>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="37"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="55"/>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="57"/>
        <source>no score</source>
        <translation>暂无评分</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="61"/>
        <source>shipped orders</source>
        <translation>已发货订单</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="61"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="62"/>
        <source>delivered orders</source>
        <translation>已送达订单</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="71"/>
        <source>The platform has not scored this seller yet</source>
        <translation>平台尚未对该商家评分</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="75"/>
        <source>No outreach logged yet</source>
        <translation>尚无联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="82"/>
        <source>Not enough data: needs at least {minimum} {units} in 30 days, has {count}</source>
        <translation>数据不足：30 天内至少需要 {minimum} 笔{units}，目前为 {count} 笔</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="86"/>
        <source>{part} of {whole} {units} in 30 days</source>
        <translation>30 天内 {whole} 笔{units}中有 {part} 笔</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="92"/>
        <source>No sales in the 30 days before, so no growth to show</source>
        <translation>前 30 天无销售，无法计算增长</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="93"/>
        <source>{current} against {previous} in the 30 days before</source>
        <translation>{current}，前 30 天为 {previous}</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="101"/>
        <source>{name}: no contact on file</source>
        <translation>{name}：暂无联系人信息</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/texts.py" line="102"/>
        <source>{name}
Contact: {contact}
Enter or double-click opens the seller</source>
        <translation>{name}
联系人：{contact}
按 Enter 或双击打开商家</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="40"/>
        <source>Profile and contact</source>
        <translation>资料与联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="49"/>
        <source>Marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="49"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="50"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="50"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="51"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="51"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="52"/>
        <source>Onboarded</source>
        <translation>入驻日期</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="52"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="53"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="54"/>
        <source>IM</source>
        <translation>IM</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="54"/>
        <source>Prefers</source>
        <translation>偏好渠道</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="55"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="57"/>
        <source>Copy the phone number ({key})</source>
        <translation>复制电话号码（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="58"/>
        <source>Copy the email address ({key})</source>
        <translation>复制邮箱地址（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="59"/>
        <source>Copy the IM handle ({key})</source>
        <translation>复制 IM 账号（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="69"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/seller/profile_panel.py" line="108"/>
        <source>Copied: {text}</source>
        <translation>已复制：{text}</translation>
    </message>
</context>
<context>
    <name>ProgramsPanel</name>
    <message>
        <location filename="../../ui/seller/programs_panel.py" line="72"/>
        <source>Programs</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/seller/programs_panel.py" line="76"/>
        <source>No programs in the catalog for this marketplace.</source>
        <translation>该平台的活动目录中暂无活动。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/programs_panel.py" line="80"/>
        <source>Program</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/seller/programs_panel.py" line="80"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/seller/programs_panel.py" line="80"/>
        <source>Criteria</source>
        <translation>报名条件</translation>
    </message>
    <message>
        <location filename="../../ui/seller/programs_panel.py" line="90"/>
        <source>{name} (closed)</source>
        <translation>{name}（已结束）</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="91"/>
        <source>Log outreach</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="91"/>
        <source>Edit outreach</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="92"/>
        <source>Correct and send again</source>
        <translation>更正并重新发送</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="93"/>
        <source>Follow-up done: what happened?</source>
        <translation>跟进完成：结果如何？</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="97"/>
        <source>Fill the form from a template ({first} to {last})</source>
        <translation>用模板填写表单（{first} 至 {last}）</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="101"/>
        <source>Edit templates…</source>
        <translation>编辑模板…</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="117"/>
        <source>Save ({key})</source>
        <translation>保存（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="139"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="155"/>
        <source>The platform refused this entry: {reason}. Correct it and save; it is sent again.</source>
        <translation>平台拒收了这条记录：{reason}。请更正后保存，系统会重新发送。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="157"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="159"/>
        <source>Closing the follow-up planned for {date}: {summary}</source>
        <translation>完成计划于 {date} 的跟进：{summary}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="187"/>
        <source>Programs and templates could not be read; you can still log the entry.</source>
        <translation>无法读取活动和模板；仍可记录这条联系。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="204"/>
        <source>No template</source>
        <translation>不使用模板</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="247"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="265"/>
        <source>Choose the seller first: type part of the shop&apos;s name and pick it from the list.</source>
        <translation>请先选择商家：输入店铺名称的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="285"/>
        <source>an unexpected error (details are in the log)</source>
        <translation>意外错误（详情见日志）</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log.py" line="286"/>
        <source>Not saved: {reason}. Everything you typed is still here; correct it and save again.</source>
        <translation>未保存：{reason}。你输入的内容都还在，请更正后再次保存。</translation>
    </message>
</context>
<context>
    <name>QuickLogForm</name>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="69"/>
        <source>Type a shop name, code or id</source>
        <translation>输入店铺名称、编码或 ID</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="78"/>
        <location filename="../../ui/outreach/quick_log_form.py" line="157"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="85"/>
        <source>not noted</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="86"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="89"/>
        <source>What happened, in one sentence</source>
        <translation>一句话说明情况</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="95"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="107"/>
        <source>&amp;Seller:</source>
        <translation>商家(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="111"/>
        <source>&amp;Channel:</source>
        <translation>方式(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="115"/>
        <source>W&amp;hen:</source>
        <translation>时间(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="116"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="117"/>
        <source>&amp;Program pitched:</source>
        <translation>推介活动(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="118"/>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="119"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="127"/>
        <source>+{days} d</source>
        <translation>+{days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="128"/>
        <source>Follow up in {days} days ({key})</source>
        <translation>{days} 天后跟进（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/quick_log_form.py" line="134"/>
        <source>&amp;Follow-up:</source>
        <translation>跟进(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="54"/>
        <source>Risk and opportunity rules</source>
        <translation>风险与机会规则</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="68"/>
        <source>Rates are typed in percent. A rule turned off raises no flags; its open flags resolve at the next evaluation.</source>
        <translation>比率以百分比输入。关闭的规则不再产生标记；其未处理标记将在下次评估时解决。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="97"/>
        <source>&amp;Reset to default</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="99"/>
        <source>Drop your changes to the selected rule ({key})</source>
        <translation>撤销对所选规则的修改（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="102"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="104"/>
        <source>Save and re-evaluate every flag now ({key})</source>
        <translation>保存并立即重新评估所有标记（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="107"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="127"/>
        <location filename="../../ui/flags/rule_editor.py" line="141"/>
        <source>Reading the rules…</source>
        <translation>正在读取规则…</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="137"/>
        <source>The rules cannot be read: {reason}</source>
        <translation>无法读取规则：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="147"/>
        <source>Some of your rule changes could not be used and the defaults apply instead:
{problems}</source>
        <translation>你的部分规则修改无法使用，已改用默认值：
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="164"/>
        <source>Nothing changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="167"/>
        <source>Saving and re-evaluating every flag…</source>
        <translation>正在保存并重新评估所有标记…</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="174"/>
        <source>Resetting {rule} and re-evaluating…</source>
        <translation>正在恢复 {rule} 并重新评估…</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="197"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="199"/>
        <source>an unexpected error (details are in the log)</source>
        <translation>意外错误（详情见日志）</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="206"/>
        <source>Not saved: {reason}. Your other changes were saved and every flag re-evaluated.</source>
        <translation>未保存：{reason}。你的其他修改已保存，所有标记已重新评估。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_editor.py" line="211"/>
        <source>Saved and re-evaluated: {raised} raised, {resolved} resolved; {risks} open risks, {opportunities} opportunities.</source>
        <translation>已保存并重新评估：新增 {raised} 个，解决 {resolved} 个；未处理风险 {risks} 个，机会 {opportunities} 个。</translation>
    </message>
</context>
<context>
    <name>RuleRows</name>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="73"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="73"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="73"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="73"/>
        <source>Window</source>
        <translation>窗口期</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="74"/>
        <source>Min. volume</source>
        <translation>最低样本量</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="75"/>
        <source>Pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="75"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="75"/>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="87"/>
        <source>Space turns the rule on or off</source>
        <translation>按空格键启用或关闭规则</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="92"/>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="102"/>
        <source>Default: {value}</source>
        <translation>默认：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="112"/>
        <source>{marketplace}/{region} from {date}</source>
        <translation>{marketplace}/{region}，自 {date} 起</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="116"/>
        <source>overridden</source>
        <translation>已自定义</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="138"/>
        <source>In US dollars; each seller&apos;s floor is about this much in the seller&apos;s own currency.</source>
        <translation>以美元计；每位卖家的下限约为此金额折算成其本币。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="144"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/flags/rule_rows.py" line="169"/>
        <source>{rule}, {level}: “{text}” is not a number. Type a threshold such as {example}.</source>
        <translation>{rule}，{level}：“{text}”不是数字。请输入阈值，例如 {example}。</translation>
    </message>
</context>
<context>
    <name>SavedViewsButton</name>
    <message>
        <location filename="../../ui/portfolio/saved_views.py" line="35"/>
        <source>Vie&amp;ws</source>
        <translation>视图(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/saved_views.py" line="36"/>
        <source>Save the current filters, search, sort and columns under a name, or go back to one (Alt+W)</source>
        <translation>将当前的筛选、搜索、排序和列保存为命名视图，或切换回已保存的视图（Alt+W）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/saved_views.py" line="74"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/saved_views.py" line="75"/>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/saved_views.py" line="84"/>
        <source>No saved views yet</source>
        <translation>暂无已保存的视图</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/saved_views.py" line="87"/>
        <source>Apply the view “{name}”</source>
        <translation>应用视图“{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/saved_views.py" line="90"/>
        <source>Save current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/saved_views.py" line="91"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/portfolio/search_box.py" line="24"/>
        <source>Search name, shop code or contact ({shortcut} or /)</source>
        <translation>搜索名称、店铺编码或联系人（{shortcut} 或 /）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/search_box.py" line="27"/>
        <source>Shop name, shop code, contact name, phone, e-mail or IM handle, in Chinese or English; case does not matter.
{shortcut} or / to come here, Esc to clear, Down arrow to the table</source>
        <translation>店铺名称、店铺编码、联系人姓名、电话、邮箱或 IM 账号，中英文均可，不区分大小写。
按 {shortcut} 或 / 跳到此处，Esc 清空，向下方向键移到表格</translation>
    </message>
</context>
<context>
    <name>SellerCharts</name>
    <message>
        <location filename="../../ui/seller/charts.py" line="61"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/seller/charts.py" line="62"/>
        <source>Show the last {days} days ({key})</source>
        <translation>显示近 {days} 天（{key}）</translation>
    </message>
    <message>
        <location filename="../../ui/seller/charts.py" line="70"/>
        <source>Charts appear when the seller&apos;s data is loaded.</source>
        <translation>商家数据加载后将显示图表。</translation>
    </message>
</context>
<context>
    <name>SellerPage</name>
    <message>
        <location filename="../../ui/seller/view.py" line="80"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../ui/seller/view.py" line="81"/>
        <source>Back to the list ({keys})</source>
        <translation>返回列表（{keys}）</translation>
    </message>
    <message>
        <location filename="../../ui/seller/view.py" line="96"/>
        <source>Not in your portfolio</source>
        <translation>不在你的商家组合中</translation>
    </message>
    <message>
        <location filename="../../ui/seller/view.py" line="117"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/seller/view.py" line="202"/>
        <source>Loading {seller}…</source>
        <translation>正在加载 {seller}…</translation>
    </message>
    <message>
        <location filename="../../ui/seller/view.py" line="215"/>
        <source>Something went wrong while reading this seller; the details are in the log.</source>
        <translation>读取该商家时出错，详情见日志。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/view.py" line="221"/>
        <source>{seller} is not in the local data. Sync to fetch it, or go back to the list.</source>
        <translation>本地数据中没有 {seller}。请同步以获取，或返回列表。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/view.py" line="245"/>
        <source>{code} · {seller}</source>
        <translation>{code} · {seller}</translation>
    </message>
    <message>
        <location filename="../../ui/seller/view.py" line="249"/>
        <source>Data as of {date}</source>
        <translation>数据截至 {date}</translation>
    </message>
</context>
<context>
    <name>SellerSearch</name>
    <message>
        <location filename="../../ui/seller_search.py" line="71"/>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ 选择 · Enter 打开 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../ui/seller_search.py" line="138"/>
        <source>Search is not available right now: {error}</source>
        <translation>搜索暂不可用：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/seller_search.py" line="141"/>
        <source>No seller matches “{text}”. Try part of the shop name, shop code or contact name.</source>
        <translation>没有与“{text}”匹配的商家。请尝试输入店铺名称、店铺编码或联系人姓名的一部分。</translation>
    </message>
    <message>
        <location filename="../../ui/seller_search.py" line="162"/>
        <source>(not in your portfolio)</source>
        <translation>（不在你的商家组合中）</translation>
    </message>
    <message>
        <location filename="../../ui/seller_search.py" line="166"/>
        <source>Open {name} (Enter)</source>
        <translation>打开 {name}（Enter）</translation>
    </message>
</context>
<context>
    <name>SellerWords</name>
    <message>
        <location filename="../../ui/seller/words.py" line="23"/>
        <location filename="../../ui/seller/words.py" line="47"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="24"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="25"/>
        <source>Late-dispatch rate</source>
        <translation>延迟发货率</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="26"/>
        <source>Cancellation rate</source>
        <translation>取消率</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="27"/>
        <source>On-time delivery rate</source>
        <translation>准时送达率</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="28"/>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="29"/>
        <source>Negative-review rate</source>
        <translation>差评率</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="30"/>
        <source>IM response rate</source>
        <translation>IM 回复率</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="31"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="32"/>
        <source>Content share</source>
        <translation>内容占比</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="33"/>
        <source>Violation points</source>
        <translation>违规分</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="34"/>
        <source>SPS</source>
        <translation>SPS</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="35"/>
        <source>AHR</source>
        <translation>AHR</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="36"/>
        <source>GMV growth</source>
        <translation>GMV 增长</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="42"/>
        <source>shipped orders</source>
        <translation>已发货订单</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="43"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="44"/>
        <source>delivered orders</source>
        <translation>已送达订单</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="45"/>
        <source>conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="46"/>
        <source>visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="52"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="53"/>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="54"/>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="55"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="60"/>
        <source>Not enrolled</source>
        <translation>未加入</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="61"/>
        <source>Invited</source>
        <translation>已受邀</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="62"/>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="63"/>
        <source>Enrolled</source>
        <translation>已加入</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="64"/>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="65"/>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="70"/>
        <source>Counterfeit</source>
        <translation>假冒商品</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="71"/>
        <source>IP infringement</source>
        <translation>知识产权侵权</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="72"/>
        <source>Prohibited product</source>
        <translation>禁售商品</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="73"/>
        <source>Restricted product</source>
        <translation>限售商品</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="74"/>
        <source>Misleading listing</source>
        <translation>误导性商品信息</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="75"/>
        <source>Fake orders</source>
        <translation>虚假订单</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="76"/>
        <source>Late dispatch</source>
        <translation>延迟发货</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="77"/>
        <source>Cancellation</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="78"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="83"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="84"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="85"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="86"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="92"/>
        <source>Active</source>
        <comment>violation status</comment>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="93"/>
        <source>Appealed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="94"/>
        <source>Overturned</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="95"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="100"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="101"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="102"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="103"/>
        <source>IM</source>
        <translation>IM</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="104"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="105"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="110"/>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="111"/>
        <source>Shopee</source>
        <translation>Shopee</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="112"/>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="117"/>
        <source>9.9</source>
        <translation>9.9大促</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="118"/>
        <source>10.10</source>
        <translation>10.10大促</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="119"/>
        <source>11.11</source>
        <translation>双11</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="120"/>
        <source>12.12</source>
        <translation>双12</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="121"/>
        <source>Black Friday</source>
        <translation>黑五</translation>
    </message>
    <message>
        <location filename="../../ui/seller/words.py" line="122"/>
        <source>Cyber Monday</source>
        <translation>网络星期一</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>Risk &amp;&amp; opportunity &amp;rules…</source>
        <translation>风险与机会规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>Thresholds and on/off of the rules that raise flags ({shortcut})</source>
        <translation>产生标记的规则的阈值和开关（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>Profiles</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>Sign in to another platform account</source>
        <translation>登录另一个平台账号</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>&amp;Switch to</source>
        <translation>切换到(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>How often to sync in the background; 0 turns it off</source>
        <translation>后台同步的间隔；设为 0 即关闭</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Auto-&amp;sync every:</source>
        <translation>自动同步间隔(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>Light and dark follow your system&apos;s setting.</source>
        <translation>浅色和深色模式跟随系统设置。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>{name} (open now)</source>
        <translation>{name}（当前打开）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132"/>
        <source>{username} at {url}</source>
        <translation>{username}（{url}）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="156"/>
        <source>Remove the profile “{name}” from this computer?

Its local data ({size} MB: sellers, metrics and everything synced) and its sign-in saved in the system keyring will be deleted. Nothing on the platform changes; you can sign in again later and sync everything back.</source>
        <translation>要从这台电脑上移除账号配置“{name}”吗？

它的本地数据（{size} MB：商家、指标及所有已同步的内容）以及保存在系统密钥环中的登录信息都将被删除。平台上的数据不受影响；之后可以重新登录并再次同步全部数据。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>Remove profile</source>
        <translation>移除账号配置</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="141"/>
        <source>SellerDesk</source>
        <translation>SellerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="204"/>
        <source>Starting the demo platform with a generated portfolio of {sellers} sellers…</source>
        <translation>正在启动演示平台，并生成包含 {sellers} 个商家的商家组合…</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="209"/>
        <source>SellerDesk demo</source>
        <translation>SellerDesk 演示</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="222"/>
        <source>The demo could not start: {reason}</source>
        <translation>演示无法启动：{reason}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin_dialog.py" line="48"/>
        <source>Sign in to the platform</source>
        <translation>登录平台</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="57"/>
        <source>SellerDesk reads your portfolio from the platform&apos;s Partner API. Your app secret and password are kept in the system keyring, never in a file.</source>
        <translation>SellerDesk 通过平台的 Partner API 读取你的商家组合。App Secret 和密码保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="61"/>
        <source>e.g. production</source>
        <translation>例如 production</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="69"/>
        <source>&amp;Profile name:</source>
        <translation>配置名称(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="70"/>
        <source>&amp;API URL:</source>
        <translation>API 地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="71"/>
        <source>App &amp;key:</source>
        <translation>App Key(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="72"/>
        <source>App &amp;secret:</source>
        <translation>App Secret(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="73"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="74"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="83"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="125"/>
        <source>profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="125"/>
        <source>API URL</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="126"/>
        <source>app key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="126"/>
        <source>app secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="127"/>
        <source>username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="127"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="139"/>
        <source>Fill in the {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="146"/>
        <source>Connecting to {host}…</source>
        <translation>正在连接 {host}…</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.py" line="166"/>
        <source>Something unexpected went wrong; details are in the log file. Check the values and try again.</source>
        <translation>发生意外错误，详情见日志文件。请检查填写的内容后重试。</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/flags/dialogs.py" line="27"/>
        <source>Snooze flags</source>
        <translation>暂缓标记</translation>
    </message>
    <message>
        <location filename="../../ui/flags/dialogs.py" line="29"/>
        <source>Hide {count} flag(s) from the open list until this date; they come back by themselves then.</source>
        <translation>在此日期前将 {count} 个标记从未处理列表中隐藏；到期后自动恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/dialogs.py" line="43"/>
        <source>Snooze</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/snooze_dialog.py" line="18"/>
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message>
        <location filename="../../ui/outreach/stage_model.py" line="49"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/stage_model.py" line="49"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/stage_model.py" line="49"/>
        <source>Shop code</source>
        <translation>店铺编码</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/stage_model.py" line="50"/>
        <source>Seller id</source>
        <translation>商家 ID</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <location filename="../../ui/portfolio/states.py" line="66"/>
        <source>Loading portfolio…</source>
        <translation>正在加载商家组合…</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/states.py" line="69"/>
        <source>No sellers yet — sync to fetch your portfolio</source>
        <translation>暂无商家 — 同步以获取你的商家组合</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/states.py" line="70"/>
        <source>Press Sync in the top bar ({shortcut}) to download your sellers and their figures; they appear here as soon as it finishes.</source>
        <translation>点击顶栏中的“同步”（{shortcut}）下载你的商家及其数据；同步完成后会立即显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/states.py" line="75"/>
        <source>Fetching your portfolio…</source>
        <translation>正在获取你的商家组合…</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/states.py" line="76"/>
        <source>Your sellers appear here as soon as the first sync ends; its progress is in the top bar.</source>
        <translation>首次同步结束后，你的商家会立即显示在这里；同步进度见顶栏。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/states.py" line="80"/>
        <source>No sellers match the search and filters</source>
        <translation>没有符合搜索和筛选条件的商家</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/states.py" line="81"/>
        <source>Try fewer filters or another search, or tick “Show unassigned”.</source>
        <translation>请减少筛选条件或换个搜索词，或勾选“显示未分配”。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/states.py" line="82"/>
        <source>Clear search and filters ({shortcut})</source>
        <translation>清除搜索和筛选（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/states.py" line="86"/>
        <source>The portfolio cannot be read</source>
        <translation>无法读取商家组合</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/states.py" line="87"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/status_line.py" line="69"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="69"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="87"/>
        <source>Syncing… everything stays usable meanwhile</source>
        <translation>正在同步…期间所有功能均可正常使用</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="98"/>
        <source>Synced {when}: nothing new</source>
        <translation>{when}同步完成：无新数据</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="99"/>
        <source>Synced {count} items {when}</source>
        <translation>{when}已同步 {count} 条数据</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="101"/>
        <source>Sync cancelled {when}; {count} items received were kept</source>
        <translation>{when}已取消同步；已收到的 {count} 条数据已保留</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="104"/>
        <source>Offline: cannot reach the platform; showing cached data</source>
        <translation>离线：无法连接平台；正在显示缓存数据</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="105"/>
        <source>Sign in again to sync; showing cached data</source>
        <translation>需要重新登录才能同步；正在显示缓存数据</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="110"/>
        <source>Sync failed: {message}</source>
        <translation>同步失败：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="111"/>
        <source>Sync failed unexpectedly; details are in the log file</source>
        <translation>同步意外失败，详情见日志文件</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="115"/>
        <source>Reading local data…</source>
        <translation>正在读取本地数据…</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="117"/>
        <source>Not synced yet: press {shortcut} to fetch your portfolio</source>
        <translation>尚未同步：按 {shortcut} 获取你的商家组合</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="119"/>
        <source>Last synced {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="129"/>
        <source>Outbox: all sent</source>
        <translation>待发送：已全部发送</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="132"/>
        <source>{count} waiting</source>
        <translation>{count} 条等待发送</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="135"/>
        <source>{count} rejected</source>
        <translation>{count} 条被拒收</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="138"/>
        <source>{count} in conflict</source>
        <translation>{count} 条冲突</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="140"/>
        <source>Outbox: {parts}</source>
        <translation>待发送：{parts}</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="140"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="143"/>
        <source>{outbox} (sending…)</source>
        <translation>{outbox}（正在发送…）</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="145"/>
        <source>{outbox} (offline: sent when the platform is reachable)</source>
        <translation>{outbox}（离线：连上平台后发送）</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="148"/>
        <source>{outbox} (sign in again to send)</source>
        <translation>{outbox}（重新登录后发送）</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="154"/>
        <source>Auto-sync off</source>
        <translation>自动同步已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="155"/>
        <source>Next auto-sync at {time}</source>
        <translation>下次自动同步：{time}</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="62"/>
        <source>Sellers</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="63"/>
        <source>GMV 30 days</source>
        <translation>30 天 GMV</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="64"/>
        <source>Sellers at risk</source>
        <translation>风险商家</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="66"/>
        <source>Sellers with an open risk flag of high or critical severity (new or acknowledged). The Risks &amp; Opportunities screen lists them with the reasons.</source>
        <translation>有未处理（新的或已确认）的高或严重风险标记的商家。“风险与机会”页面列出了它们及原因。</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="80"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="81"/>
        <source>Sync to fetch your sellers&apos; figures</source>
        <translation>同步以获取商家数据</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="83"/>
        <source>Data as of {date}</source>
        <translation>数据截至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="85"/>
        <source>Figures cover the 30 days up to {date}, the latest day synced</source>
        <translation>数据涵盖截至 {date}（最近同步日）的 30 天</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="93"/>
        <source>{orders} orders in 30 days</source>
        <translation>30 天内 {orders} 笔订单</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="96"/>
        <source>of {total} · {orders} orders in 30 days</source>
        <translation>共 {total} 个 · 30 天内 {orders} 笔订单</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="101"/>
        <source>{share} of the sellers shown</source>
        <translation>占所显示商家的 {share}</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="108"/>
        <source>No sellers shown</source>
        <translation>未显示任何商家</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="115"/>
        <source>{growth} · {count} more currencies</source>
        <translation>{growth} · 另有 {count} 种币种</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="119"/>
        <source>{amount}: {growth} ({sellers} sellers)</source>
        <translation>{amount}：{growth}（{sellers} 个商家）</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="122"/>
        <source>GMV of the last 30 days per currency, against the 30 days before:
{lines}</source>
        <translation>各币种近 30 天 GMV 及与前 30 天的对比：
{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="127"/>
        <source>no sales in the 30 days before</source>
        <translation>前 30 天无销售</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio/summary_cards.py" line="128"/>
        <source>{growth} vs the 30 days before</source>
        <translation>较前 30 天 {growth}</translation>
    </message>
</context>
<context>
    <name>SyncWidget</name>
    <message>
        <location filename="../../ui/top_bar.py" line="42"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="44"/>
        <source>Bring the local data up to date ({shortcut})</source>
        <translation>将本地数据更新到最新（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="57"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="58"/>
        <source>Stop the sync and keep what has arrived ({shortcut})</source>
        <translation>停止同步并保留已收到的数据（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="87"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="100"/>
        <source>{phase}: {items} items</source>
        <translation>{phase}：{items} 条</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="105"/>
        <source>about {eta} left</source>
        <translation>剩余约 {eta}</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="111"/>
        <source>Program catalog</source>
        <translation>活动目录</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="112"/>
        <source>Sellers</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="113"/>
        <source>Daily metrics</source>
        <translation>每日指标</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="114"/>
        <source>Violations</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="115"/>
        <source>Enrollments</source>
        <translation>活动报名</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="116"/>
        <source>Outreach</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="117"/>
        <source>Refreshing summaries</source>
        <translation>正在更新汇总</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="118"/>
        <source>Checking the rules</source>
        <translation>检查规则</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="119"/>
        <source>Finishing</source>
        <translation>即将完成</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="57"/>
        <source>Quick-log templates</source>
        <translation>快速记录模板</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="74"/>
        <location filename="../../ui/outreach/template_editor.py" line="145"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="77"/>
        <source>no follow-up</source>
        <translation>不跟进</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="78"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="88"/>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="89"/>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="90"/>
        <source>Summary (English):</source>
        <translation>摘要（英文）：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="91"/>
        <source>Summary (Chinese):</source>
        <translation>摘要（中文）：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="92"/>
        <source>Channel:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="93"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="94"/>
        <source>Program:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="95"/>
        <source>Follow up after:</source>
        <translation>跟进间隔：</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="100"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="101"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="114"/>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="139"/>
        <source>The templates could not be read: {reason}</source>
        <translation>无法读取模板：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="194"/>
        <source>New template</source>
        <translation>新模板</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="215"/>
        <source>Every template needs a name in at least one language.</source>
        <translation>每个模板至少需要一种语言的名称。</translation>
    </message>
    <message>
        <location filename="../../ui/outreach/template_editor.py" line="229"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/top_bar.py" line="135"/>
        <source>Find a seller by name, shop code or contact ({shortcut})</source>
        <translation>按名称、店铺编码或联系人查找商家（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="144"/>
        <source>Profile: {name}</source>
        <translation>账号配置：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="145"/>
        <source>Signed in as {username}</source>
        <translation>当前登录用户：{username}</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="158"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="159"/>
        <source>Sync to fetch your portfolio ({shortcut})</source>
        <translation>同步以获取你的商家组合（{shortcut}）</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="162"/>
        <source>Data as of {date}</source>
        <translation>数据截至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/top_bar.py" line="163"/>
        <source>The latest day of metrics in the local data</source>
        <translation>本地数据中最新的指标日期</translation>
    </message>
</context>
<context>
    <name>ViolationsPanel</name>
    <message>
        <location filename="../../ui/seller/violations_panel.py" line="27"/>
        <source>Violations</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <location filename="../../ui/seller/violations_panel.py" line="30"/>
        <source>No violations on record.</source>
        <translation>暂无违规记录。</translation>
    </message>
    <message>
        <location filename="../../ui/seller/violations_panel.py" line="34"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../ui/seller/violations_panel.py" line="34"/>
        <source>Policy</source>
        <translation>违规类型</translation>
    </message>
    <message>
        <location filename="../../ui/seller/violations_panel.py" line="34"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/seller/violations_panel.py" line="34"/>
        <source>Points</source>
        <translation>违规分</translation>
    </message>
    <message>
        <location filename="../../ui/seller/violations_panel.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/seller/violations_panel.py" line="35"/>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/seller/violations_panel.py" line="35"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/seller/violations_panel.py" line="41"/>
        <source>Violations ({count}, {points} active points)</source>
        <translation>违规记录（{count} 条，生效违规分 {points}）</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <location filename="../../ui/flags/worklist.py" line="62"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist.py" line="63"/>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist.py" line="64"/>
        <source>Risks and opportunities</source>
        <translation>风险和机会</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist.py" line="65"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist.py" line="66"/>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist.py" line="67"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist.py" line="68"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist.py" line="69"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist.py" line="110"/>
        <source>Sh&amp;ow:</source>
        <translation>显示(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist.py" line="169"/>
        <source>{count} flags · data as of {date}</source>
        <translation>{count} 个标记 · 数据截至 {date}</translation>
    </message>
</context>
<context>
    <name>WorklistStates</name>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="42"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="60"/>
        <source>Loading risks and opportunities…</source>
        <translation>正在读取风险与机会…</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="63"/>
        <source>No data yet — the rules run after the first sync</source>
        <translation>暂无数据——首次同步后将运行规则</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="64"/>
        <source>Press Sync in the top bar ({shortcut}); flags appear here as soon as it finishes.</source>
        <translation>点击顶栏中的“同步”（{shortcut}）；同步完成后标记会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="69"/>
        <source>No open risks — everything is within the rules</source>
        <translation>没有未处理的风险——各项指标均符合规则</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="70"/>
        <source>New risks appear here after each sync.</source>
        <translation>每次同步后，新的风险会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="72"/>
        <source>No open opportunities right now</source>
        <translation>目前没有未处理的机会</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="73"/>
        <source>Program eligibility and growth signals are checked after each sync.</source>
        <translation>每次同步后都会检查活动资格和增长信号。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="76"/>
        <source>No flags with this kind and status</source>
        <translation>没有此类型和状态的标记</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="77"/>
        <source>Pick another kind or status above.</source>
        <translation>请在上方选择其他类型或状态。</translation>
    </message>
    <message>
        <location filename="../../ui/flags/worklist_states.py" line="80"/>
        <source>The flags cannot be read</source>
        <translation>无法读取标记</translation>
    </message>
</context>
</TS>

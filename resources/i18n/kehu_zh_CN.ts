<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/customer_summary.py" line="69"/>
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="71"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="79"/>
        <source>Oldest overdue</source>
        <translation>最久逾期</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="80"/>
        <source>{days} days ({number})</source>
        <translation>{days} 天（{number}）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="87"/>
        <source>Credit balance</source>
        <translation>贷方余额</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="89"/>
        <source>Disputed, on hold</source>
        <translation>争议挂起</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="91"/>
        <source>Over the credit limit</source>
        <translation>超出信用额度</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="95"/>
        <source>Average days to pay</source>
        <translation>平均回款天数</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="96"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="109"/>
        <source>Open the account…</source>
        <translation>打开往来账…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="119"/>
        <source>Next instalment</source>
        <translation>下期还款</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="120"/>
        <location filename="../../ui/customer_summary.py" line="131"/>
        <source>{amount} on {date}</source>
        <translation>{date} 应付 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="130"/>
        <source>Promised</source>
        <translation>承诺付款</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="139"/>
        <source>Broken promises</source>
        <translation>违约承诺</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="143"/>
        <source>Awaiting signed statement</source>
        <translation>对账单待回函</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="144"/>
        <source>sent {date}</source>
        <translation>{date} 寄出</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="151"/>
        <source>Warning signs</source>
        <translation>预警信号</translation>
    </message>
</context>
<context>
    <name>AccountWindow</name>
    <message>
        <location filename="../../ui/account_window.py" line="231"/>
        <source>Archived: read only</source>
        <translation>已归档：只读</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="235"/>
        <source>Restore the card from the archive to post to this ledger.</source>
        <translation>从归档中恢复客户资料卡后才能在此记账。</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="248"/>
        <source>Balance due</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="248"/>
        <source>Everything the customer owes now</source>
        <translation>客户目前的全部欠款</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="252"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="253"/>
        <source>Open on debts past their due date; disputed debts are left out</source>
        <translation>已过到期日的未结金额，不含争议挂起的欠款</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="256"/>
        <source>Oldest overdue</source>
        <translation>最久逾期</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="256"/>
        <source>The debt longest past its due date</source>
        <translation>逾期时间最长的一笔欠款</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="260"/>
        <source>Credit balance</source>
        <translation>贷方余额</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="261"/>
        <source>Paid or credited beyond the debts; goes to the next invoices</source>
        <translation>超出欠款的收款或红字金额，自动冲抵以后的发票</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="264"/>
        <source>Disputed</source>
        <translation>争议挂起</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="264"/>
        <source>Open on debts held as disputed</source>
        <translation>因争议挂起的欠款的未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="266"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="267"/>
        <source>Supply hold</source>
        <translation>停止供货</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="270"/>
        <source>Average days to pay</source>
        <translation>平均回款天数</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="271"/>
        <source>Over the last invoices paid in full, from invoice date to payment</source>
        <translation>按最近全额结清的发票计算，从开票日到回款日</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="307"/>
        <source>New invoice…</source>
        <translation>录入发票…</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="309"/>
        <source>Record payment…</source>
        <translation>登记收款…</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="312"/>
        <source>Credit note…</source>
        <translation>贷项通知单…</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="314"/>
        <source>Write off…</source>
        <translation>核销…</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="315"/>
        <source>Reverse…</source>
        <translation>冲销…</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="317"/>
        <source>Hold as disputed…</source>
        <translation>争议挂起…</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="320"/>
        <location filename="../../ui/account_window.py" line="742"/>
        <location filename="../../ui/account_window.py" line="746"/>
        <source>Release hold</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="322"/>
        <source>Set class…</source>
        <translation>设定类别…</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="323"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="325"/>
        <source>Statement…</source>
        <translation>对账单…</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="328"/>
        <source>Dunning letter…</source>
        <translation>催款函…</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="337"/>
        <source>Post an invoice or delivery note</source>
        <translation>录入一张发票或送货单</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="338"/>
        <source>Record a payment received</source>
        <translation>登记一笔收到的货款</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="339"/>
        <source>Post a credit note, e.g. for goods returned</source>
        <translation>录入贷项通知单（红字发票），例如退货</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="340"/>
        <source>Write off what is still open on the chosen debts</source>
        <translation>核销所选欠款的未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="342"/>
        <source>Reverse the selected payment, credit note or write-off (e.g. a bounced cheque)</source>
        <translation>冲销所选的收款、贷项通知单或核销（例如支票退票）</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="344"/>
        <source>Hold the selected debt out of collection while disputed</source>
        <translation>有争议期间将所选欠款挂起，暂停催收</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="345"/>
        <source>End the dispute hold of the selected debts</source>
        <translation>解除所选欠款的争议挂起</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="346"/>
        <source>Put the selected debt in a class by hand</source>
        <translation>手动设定所选欠款的类别</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="390"/>
        <source>Ledger</source>
        <translation>往来明细</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="414"/>
        <source>Open debts</source>
        <translation>未结欠款</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="429"/>
        <source>Days to pay</source>
        <translation>回款天数</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="458"/>
        <source>The account could not be read ({reason}). Try again in a moment (F5).</source>
        <translation>无法读取往来账（{reason}）。请稍后重试（F5）。</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="467"/>
        <source>Account: {number} {name}</source>
        <translation>客户往来账：{number} {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/account_window.py" line="492"/>
        <location filename="../../ui/account_window.py" line="534"/>
        <location filename="../../ui/account_window.py" line="546"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="494"/>
        <source>{days} · {number}</source>
        <translation>{days} · {number}</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="506"/>
        <source>None</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="511"/>
        <source>Over the limit by {amount}</source>
        <translation>已超出额度 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="518"/>
        <source>{amount} left</source>
        <translation>尚余额度 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="524"/>
        <source>no reason given</source>
        <translation>未注明原因</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="526"/>
        <source>Stopped: {reason}</source>
        <translation>已停止供货：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="528"/>
        <source>Since {date}</source>
        <translation>自 {date} 起</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="532"/>
        <source>No invoice paid in full yet</source>
        <translation>尚无全额结清的发票</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="538"/>
        <source>No invoice has been paid in full by payments yet.</source>
        <translation>尚无以收款全额结清的发票。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/account_window.py" line="542"/>
        <source>%n invoice(s) paid in full by payments. Average time from invoice to payment, over the latest: {days}.</source>
        <translation>
            <numerusform>已有 %n 张发票以收款全额结清。按最近几张计算，从开票到回款平均用时：{days}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="585"/>
        <source>This customer is archived: restore the card to post to its ledger.</source>
        <translation>该客户已归档：请先从归档中恢复客户资料卡，才能记账。</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="595"/>
        <source>There is nothing open to write off.</source>
        <translation>没有可核销的未结欠款。</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="599"/>
        <source>Select a payment, credit note or write-off that is not reversed yet.</source>
        <translation>请选择一笔尚未冲销的收款、贷项通知单或核销。</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="603"/>
        <location filename="../../ui/account_window.py" line="609"/>
        <source>Select one open debt.</source>
        <translation>请选择一笔未结欠款。</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="607"/>
        <source>Select a debt on hold.</source>
        <translation>请选择一笔已挂起的欠款。</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="747"/>
        <source>Not changed: the database could not be written ({reason}).</source>
        <translation>未修改：无法写入数据库（{reason}）。</translation>
    </message>
</context>
<context>
    <name>AgeingModelBase</name>
    <message>
        <location filename="../../ui/ageing_model.py" line="126"/>
        <source>Open amounts not yet due</source>
        <translation>尚未到期的未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/ageing_model.py" line="132"/>
        <source>Open amounts more than {days} days past their due date</source>
        <translation>逾期超过 {days} 天的未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/ageing_model.py" line="135"/>
        <source>Open amounts {low} to {high} days past their due date</source>
        <translation>逾期 {low} 至 {high} 天的未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/ageing_model.py" line="140"/>
        <source>Credit not yet applied to an invoice (over-payments), shown as a negative amount</source>
        <translation>尚未冲抵发票的贷方余额（多付或预收的款项），以负数显示</translation>
    </message>
    <message>
        <location filename="../../ui/ageing_model.py" line="143"/>
        <source>What the customer owes: the open amounts less the credit</source>
        <translation>客户尚欠的金额：未结金额减去预收/贷方余额</translation>
    </message>
    <message>
        <location filename="../../ui/ageing_model.py" line="145"/>
        <source>Open amounts past their due date</source>
        <translation>已过到期日的未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/ageing_model.py" line="147"/>
        <source>The worst class among the customer&apos;s open debts</source>
        <translation>该客户各笔未结欠款中最差的分类</translation>
    </message>
</context>
<context>
    <name>AgeingTableModel</name>
    <message>
        <location filename="../../ui/ageing_model.py" line="281"/>
        <source>{cls}: {amount}</source>
        <translation>{cls}：{amount}</translation>
    </message>
</context>
<context>
    <name>AgeingTotalsModel</name>
    <message>
        <location filename="../../ui/ageing_model.py" line="339"/>
        <source>Customers: {count}</source>
        <translation>客户数：{count}</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="398"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="399"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="400"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="401"/>
        <source>Open</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="402"/>
        <source>Dispute hold</source>
        <translation>争议挂起</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="403"/>
        <source>Put on it</source>
        <translation>本次冲抵</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="459"/>
        <source>Type the part of the payment for this debt</source>
        <translation>输入本次收款中冲抵这笔欠款的金额</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="52"/>
        <source>Unexpected error</source>
        <translation>程序意外出错</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="54"/>
        <source>Kehu ran into an internal error. This is a fault in Kehu, not in what you did. Your saved data is safe; if a card was open, it is still open. Please report the details below.</source>
        <translation>客户档案程序发生内部错误。这是程序本身的问题，不是您操作有误。已保存的数据是安全的；如果有打开的客户资料卡，它仍然开着。请将下方的详细信息反馈给技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="110"/>
        <location filename="../../ui/app.py" line="119"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../ui/backup_model.py" line="31"/>
        <source>Manual</source>
        <extracomment>The status of a backup not checked yet, and of one that passed.</extracomment>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="32"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="33"/>
        <source>Before an update</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="34"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="35"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="45"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="46"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="47"/>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="48"/>
        <source>Cut off</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="49"/>
        <source>From a newer Kehu</source>
        <translation>来自更新版本的客户档案</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="50"/>
        <location filename="../../ui/backup_model.py" line="51"/>
        <source>Not a Kehu file</source>
        <translation>不是客户档案文件</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="53"/>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="106"/>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="107"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="108"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/backup_model.py" line="109"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="50"/>
        <location filename="../../ui/backup_actions.py" line="122"/>
        <source>Backup not written</source>
        <translation>备份未写入</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="55"/>
        <source>Create it again</source>
        <translation>重新创建</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="61"/>
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="82"/>
        <source>Folder for the backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="91"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="92"/>
        <source>The choice could not be saved: {reason}</source>
        <translation>无法保存所作的选择：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="106"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="111"/>
        <source>Backed up and checked: {name} ({size}).</source>
        <translation>已备份并通过检查：{name}（{size}）。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="149"/>
        <source>Daily backup written: {name}</source>
        <translation>已写入每日备份：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="160"/>
        <source>The daily backup failed: {reason} (File → Backups…)</source>
        <translation>每日备份失败：{reason}（文件 → 备份…）</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="76"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="97"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="98"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="99"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="100"/>
        <source>&amp;Change folder…</source>
        <translation>更改文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="115"/>
        <source>Keep the newest backup of each of the last</source>
        <translation>在最近的若干天、周、月中，每天、每周、每月各保留最新的一份备份：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="118"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="119"/>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="120"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="121"/>
        <source>Days:</source>
        <translation>天数：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="122"/>
        <source>Weeks:</source>
        <translation>周数：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="123"/>
        <source>Months:</source>
        <translation>月数：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="125"/>
        <source>The five newest backups made with Back up now, and of those made before an update, an import or a restore, are kept as well.</source>
        <translation>此外，用“立即备份”创建的备份，以及在升级、导入或恢复之前自动创建的备份，也各保留最新的五份。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="163"/>
        <source>Backups of {database} are kept in {folder}</source>
        <translation>{database}的备份保存在{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="167"/>
        <source>(This folder does not exist yet or is not reachable.)</source>
        <translation>（此文件夹尚不存在或无法访问。）</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="198"/>
        <source>The setting could not be saved: {reason}</source>
        <translation>无法保存该设置：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="230"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="239"/>
        <source>Backed up and checked: {name} ({size}).</source>
        <translation>已备份并通过检查：{name}（{size}）。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="263"/>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="265"/>
        <source>Kehu databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>客户档案数据库 (*.sqlite3 *.db);; 所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="276"/>
        <source>Restore the backup made {made}?</source>
        <translation>要恢复{made}创建的备份吗？</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="278"/>
        <source>Restore the backup {name}?</source>
        <translation>要恢复备份{name}吗？</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="282"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="286"/>
        <source>Everything in the database will be replaced by the contents of the backup. The current data is backed up first, so that this restore can be undone by restoring that backup.</source>
        <translation>数据库中的全部内容将被替换为备份中的内容。恢复之前会先备份当前数据，因此可以通过恢复那份备份来撤销此次恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="291"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="297"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="314"/>
        <source>The backup {name} was restored.</source>
        <translation>已恢复备份{name}。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="316"/>
        <source>The data as it was before is in the backup {name}.</source>
        <translation>恢复之前的数据保存在备份{name}中。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="329"/>
        <source>The folder {folder} is not there.</source>
        <translation>文件夹{folder}不存在。</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../ui/fields.py" line="82"/>
        <source>None</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="83"/>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="84"/>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="87"/>
        <source>Year unknown</source>
        <translation>年份不详</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="89"/>
        <source>Leave at “Year unknown” if you do not know the year</source>
        <translation>不知道出生年份时，保留“年份不详”即可</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="92"/>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
</context>
<context>
    <name>BusinessSettingsDialog</name>
    <message>
        <location filename="../../ui/business_settings_dialog.py" line="25"/>
        <source>Receivables and collection settings</source>
        <translation>应收与催收设置</translation>
    </message>
    <message>
        <location filename="../../ui/business_settings_dialog.py" line="29"/>
        <source>These settings are kept in the database, so everyone working on it uses the same. A debt&apos;s class follows from its days past due: not yet due, being collected, doubtful, bad debt, dead debt.</source>
        <translation>这些设置保存在数据库中，共用同一数据库的人都使用同样的设置。欠款的分类按逾期天数确定：未到期、催收款、准呆账、呆账、死账。</translation>
    </message>
</context>
<context>
    <name>CancelPlanDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="330"/>
        <source>Cancel an instalment plan</source>
        <translation>取消还款计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="334"/>
        <source>Agreed on {date}: {total}, {left} still due</source>
        <translation>{date} 约定：共 {total}，尚欠 {left}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="341"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="342"/>
        <source>Cancelled on *</source>
        <translation>取消日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="344"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="344"/>
        <source>e.g. two instalments missed, new plan agreed</source>
        <translation>如：连续两期未付、已另签新计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="346"/>
        <source>The reason is also written to the collection log.</source>
        <translation>取消原因也会记入催款记录。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="347"/>
        <source>Cancel the plan</source>
        <translation>取消计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="348"/>
        <source>Keep it</source>
        <translation>保留计划</translation>
    </message>
</context>
<context>
    <name>CheckMenuButton</name>
    <message>
        <location filename="../../ui/check_menu_button.py" line="53"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/check_menu_button.py" line="56"/>
        <source>All (clear the choice)</source>
        <translation>全部（清除选择）</translation>
    </message>
    <message>
        <location filename="../../ui/check_menu_button.py" line="86"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/check_menu_button.py" line="88"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="76"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="79"/>
        <source>Every row is checked with the same rules as the customer card. Nothing is written until you press Import.</source>
        <translation>每一行都按客户卡片的同样规则检查。按“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="126"/>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="152"/>
        <source>For every match:</source>
        <translation>对所有匹配：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="157"/>
        <source>Apply to &amp;all</source>
        <translation>全部应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="166"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="171"/>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="172"/>
        <source>Fill the customer&apos;s empty fields</source>
        <translation>补充客户的空白字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="173"/>
        <source>Overwrite the customer&apos;s fields</source>
        <translation>覆盖客户的字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="177"/>
        <source>A row matches an existing customer:</source>
        <translation>某行与已有客户匹配时：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="179"/>
        <source>Put all imported customers into the group</source>
        <translation>把导入的客户全部放入分组</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="186"/>
        <source>Choose a group or type a new name</source>
        <translation>选择分组或输入新分组名称</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="192"/>
        <source>Import the valid rows</source>
        <translation>导入有效的行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="194"/>
        <source>Import nothing if any row has an error</source>
        <translation>有任何一行出错则全部不导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="205"/>
        <source>Rows with errors:</source>
        <translation>出错的行：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="227"/>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="233"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="238"/>
        <source>Checking cancelled. Go back, or change an option to check again.</source>
        <translation>检查已取消。请返回，或更改选项重新检查。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="286"/>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>新建 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="306"/>
        <source>%Ln update(s)</source>
        <translation>
            <numerusform>更新 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="307"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>跳过重复 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="308"/>
        <source>%Ln row(s) with errors</source>
        <translation>
            <numerusform>出错 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="316"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="318"/>
        <source>(%Ln row(s) with warnings are imported)</source>
        <translation>
            <numerusform>（有警告的 %Ln 行会导入）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="321"/>
        <source>Problems (%Ln)</source>
        <translation>
            <numerusform>问题（%Ln）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="322"/>
        <source>Duplicates (%Ln)</source>
        <translation>
            <numerusform>重复（%Ln）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <source>Rows have errors, so nothing would be imported: correct the file, or choose “Import the valid rows”.</source>
        <translation>有出错的行，因此不会导入任何内容：请改正文件，或选择“导入有效的行”。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="347"/>
        <source>There is nothing to import: every row is skipped or has errors.</source>
        <translation>没有可导入的内容：所有行都被跳过或有错误。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="349"/>
        <source>Choose the group, or type the name of a new one.</source>
        <translation>请选择分组，或输入新分组的名称。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="373"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="374"/>
        <source>{name} - import report.csv</source>
        <translation>{name}（导入报告）.csv</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="376"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="376"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="387"/>
        <source>Saving the report…</source>
        <translation>正在保存报告…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="389"/>
        <source>The report was saved to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ClassOverrideDialog</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="974"/>
        <source>Set the class of a debt</source>
        <translation>设定欠款类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/posting_dialogs.py" line="978"/>
        <source>{number}, open {open}, %n day(s) past due</source>
        <translation>
            <numerusform>{number}，未结 {open}，已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="983"/>
        <source>Debt</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="985"/>
        <source>By its age (automatic)</source>
        <translation>按账龄自动划分</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="990"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="992"/>
        <location filename="../../ui/posting_dialogs.py" line="1004"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="992"/>
        <source>why this class, e.g. customer bankrupt</source>
        <translation>设定原因，例如客户已破产</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="997"/>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="1004"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
</context>
<context>
    <name>ClearFlagDialog</name>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="52"/>
        <source>Clear a warning sign</source>
        <translation>解除风险预警</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="56"/>
        <source>{sign}, flagged on {date}</source>
        <translation>{sign}（{date} 标记）</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="63"/>
        <source>Sign</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="64"/>
        <source>Cleared on *</source>
        <translation>解除日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="66"/>
        <source>Why</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="66"/>
        <source>e.g. new manager met, pays on time again</source>
        <translation>如：已见过新负责人，付款已恢复正常</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="68"/>
        <source>Clear</source>
        <translation>解除</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="115"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="127"/>
        <source>Not saved: please correct the fields marked in red. Your input is kept.</source>
        <translation>未保存：请修改标红的项目。已填写的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="132"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未保存：请修改标红的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="137"/>
        <source>Not saved: something changed meanwhile; please check and save again.</source>
        <translation>未保存：期间数据有变动，请核对后重新保存。</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="139"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="142"/>
        <source>Not saved: the database could not be written ({reason}). Your input is kept; try again in a moment.</source>
        <translation>未保存：无法写入数据库（{reason}）。已填写的内容都还在，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="153"/>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="156"/>
        <source>Please check before saving</source>
        <translation>保存前请核对</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="158"/>
        <source>Save anyway?</source>
        <translation>仍然保存吗？</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="159"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../ui/collection_page.py" line="126"/>
        <source>Could not be read ({reason}). Try again in a moment (F5).</source>
        <translation>无法读取（{reason}）。请稍后再试（F5）。</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="140"/>
        <source>This customer is archived: restore the card to record anything.</source>
        <translation>该客户已归档：请先恢复客户资料，才能作记录。</translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="153"/>
        <source>Company and letterhead</source>
        <translation>公司信息与信头</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="164"/>
        <source>What the printed statements, letters and envelopes say about us. Kept in the database, so everyone working on it prints the same letterhead.</source>
        <translation>打印的对账单、信函和信封上关于本公司的信息。保存在数据库中，使用同一数据库的每个人打印出的信头都相同。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="176"/>
        <source>Letterhead</source>
        <translation>信头</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="177"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="182"/>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="183"/>
        <source>Printed on documents in English; the company name is used when empty.</source>
        <translation>用于英文单据；留空时使用公司名称。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="185"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="190"/>
        <source>Address in English</source>
        <translation>英文地址</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="191"/>
        <source>Printed on documents in English; the address is used when empty.</source>
        <translation>用于英文单据；留空时使用中文地址。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="193"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="194"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="195"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="196"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="197"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="202"/>
        <source>Logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="203"/>
        <source>Printed at the left of the letterhead. PNG or JPEG, up to {limit} KB.</source>
        <translation>印在信头左侧。PNG 或 JPEG 格式，不超过 {limit} KB。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="209"/>
        <source>Bank</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="210"/>
        <source>Bank and branch</source>
        <translation>开户行</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="211"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="216"/>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="217"/>
        <source>The payee printed on statements; the company name is used when empty.</source>
        <translation>对账单上印的收款人；留空时使用公司名称。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="223"/>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="224"/>
        <source>The unified social credit code (taxpayer ID), printed with the bank details.</source>
        <translation>统一社会信用代码（纳税人识别号），与银行账户一起打印。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="228"/>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="231"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="236"/>
        <source>Signed by</source>
        <translation>落款</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="237"/>
        <source>Who signs the letters, e.g. “Accounts Department, Ms Wang”.</source>
        <translation>信函的落款人，例如“财务部 王会计”。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="243"/>
        <source>Seal</source>
        <translation>公章</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="245"/>
        <source>The company seal, printed where the letters are signed. PNG with a transparent background looks best; up to {limit} KB.</source>
        <translation>公司印章，印在信函落款处。透明背景的 PNG 图片效果最好；不超过 {limit} KB。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="249"/>
        <source>Deadlines in the documents</source>
        <translation>单据中的期限</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="256"/>
        <source>Days to report differences</source>
        <translation>对账异议期限</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="258"/>
        <source>A statement asks the customer to report any difference within this many days.</source>
        <translation>对账单请客户在这些天内提出不符之处（“如有不符请于 N 日内提出”）。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="265"/>
        <source>Days to pay: friendly reminder</source>
        <translation>付款期限：友好提醒函</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="266"/>
        <source>A friendly reminder (level 1) asks for payment within this many days.</source>
        <translation>友好提醒函（第一级）请客户在这些天内付款。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="272"/>
        <source>Days to pay: formal demand</source>
        <translation>付款期限：正式催款函</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="273"/>
        <source>A formal demand (level 2) asks for payment within this many days.</source>
        <translation>正式催款函（第二级）要求客户在这些天内付款。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="279"/>
        <source>Days to pay: final demand</source>
        <translation>付款期限：最后催款函</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="281"/>
        <source>A final demand (level 3), which announces legal steps, asks for payment within this many days.</source>
        <translation>最后催款函（第三级）告知将采取法律措施，要求客户在这些天内付款。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="289"/>
        <source>Days before the next level</source>
        <translation>升级间隔</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="291"/>
        <source>A customer&apos;s next letter goes up one level only when at least this many days have passed since the last letter.</source>
        <translation>距上一封催款函至少经过这些天后，给该客户的下一封催款函才升高一级。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="358"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="413"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="418"/>
        <source>Not saved: the database could not be written ({reason}). Your input is kept; try again in a moment.</source>
        <translation>未保存：无法写入数据库（{reason}）。已填写的内容都还在，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="433"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未保存：请修改标红的项目。</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="96"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ConfirmPostingDialog</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="94"/>
        <source>Please check before posting</source>
        <translation>记账前请核对</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="96"/>
        <source>Please check:</source>
        <translation>请核对：</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="99"/>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="105"/>
        <source>Post anyway?</source>
        <translation>仍要记账吗？</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="108"/>
        <source>Post anyway</source>
        <translation>仍然记账</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="112"/>
        <source>Go back and correct</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>ConfirmationReplyDialog</name>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="446"/>
        <source>Record the customer&apos;s reply</source>
        <translation>登记客户回函</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="450"/>
        <source>Sent on {sent}: balance {amount} as of {as_of}</source>
        <translation>{sent} 寄出：截至 {as_of} 余额 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="457"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="458"/>
        <source>Replied on *</source>
        <translation>回函日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="462"/>
        <source>Agreed: signed as stated</source>
        <translation>确认无误：已按对账单签章</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="464"/>
        <source>Disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="470"/>
        <source>Reply *</source>
        <translation>回复 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="472"/>
        <source>Balance they claim</source>
        <translation>对方确认的余额</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="472"/>
        <source>as on their reply</source>
        <translation>按对方回函填写</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="475"/>
        <source>Their reason</source>
        <translation>异议原因</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="475"/>
        <source>e.g. invoice FP-0012 not received</source>
        <translation>如：未收到发票 FP-0012</translation>
    </message>
</context>
<context>
    <name>ConfirmationSentDialog</name>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="397"/>
        <source>Record a statement sent for confirmation</source>
        <translation>登记已寄出的对账单</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="401"/>
        <source>Sent on *</source>
        <translation>寄出日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="402"/>
        <source>Balance as of *</source>
        <translation>对账截止日 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="404"/>
        <source>Balance stated</source>
        <translation>对账单余额</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="404"/>
        <source>the ledger balance on that day</source>
        <translation>不填则取该日账面余额</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="411"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="411"/>
        <source>e.g. sent by post with the invoices</source>
        <translation>如：随发票一并邮寄</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="424"/>
        <source>Ledger balance on {date}: {amount}</source>
        <translation>{date} 账面余额：{amount}</translation>
    </message>
</context>
<context>
    <name>ConfirmationsModel</name>
    <message>
        <location filename="../../ui/collection_models.py" line="330"/>
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="331"/>
        <source>Balance as of</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="332"/>
        <source>Balance stated</source>
        <translation>对账单余额</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="333"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="334"/>
        <source>Replied on</source>
        <translation>回函日期</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="335"/>
        <source>Customer&apos;s balance</source>
        <translation>对方确认余额</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="336"/>
        <source>Reason / note</source>
        <translation>原因 / 备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/collection_models.py" line="349"/>
        <source>{status} (%n day(s))</source>
        <translation>
            <numerusform>{status}（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="361"/>
        <source>Difference to the statement: {amount}</source>
        <translation>与对账单相差：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="365"/>
        <source>Sent on {date}; the customer has not returned it signed yet</source>
        <translation>{date} 寄出；对方尚未签章寄回</translation>
    </message>
</context>
<context>
    <name>ConfirmationsPage</name>
    <message>
        <location filename="../../ui/collection_tabs.py" line="225"/>
        <source>Record statement sent…</source>
        <translation>登记寄出对账单…</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="228"/>
        <source>A statement of account sent for the customer to sign and return</source>
        <translation>寄给客户签章确认后寄回的对账单</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="231"/>
        <source>Record reply…</source>
        <translation>登记回函…</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="234"/>
        <source>The customer&apos;s signed reply to the selected statement</source>
        <translation>客户对所选对账单的签章回函</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/collection_tabs.py" line="245"/>
        <source>Confirmations (%n awaiting)</source>
        <translation>
            <numerusform>对账确认（%n 份待回函）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="246"/>
        <source>Confirmations</source>
        <translation>对账确认</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/collection_tabs.py" line="256"/>
        <source>%n statement(s) awaiting the customer&apos;s signed reply</source>
        <translation>
            <numerusform>%n 份对账单等待客户签章回函</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="270"/>
        <source>Select a statement awaiting the reply.</source>
        <translation>请选择一份待回函的对账单。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contacts.py" line="179"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="193"/>
        <source>How greetings address this person. Leave it empty to use the one shown in grey, made from the name, gender and title.</source>
        <translation>问候时对此人的称呼。留空则使用灰色显示的称呼（由姓名、性别和职务生成）。</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="216"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="217"/>
        <location filename="../../ui/contacts.py" line="282"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="218"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="219"/>
        <location filename="../../ui/contacts.py" line="283"/>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="220"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="221"/>
        <location filename="../../ui/contacts.py" line="278"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="222"/>
        <location filename="../../ui/contacts.py" line="279"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="223"/>
        <location filename="../../ui/contacts.py" line="280"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="224"/>
        <location filename="../../ui/contacts.py" line="284"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="225"/>
        <location filename="../../ui/contacts.py" line="281"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="226"/>
        <location filename="../../ui/contacts.py" line="285"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="252"/>
        <source>made from the name, gender and title</source>
        <translation>由姓名、性别和职务生成</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="272"/>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="277"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="303"/>
        <source>Press OK again to keep it as it is.</source>
        <translation>如确认无误，请再点一次“确定”。</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/contacts.py" line="83"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="84"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="85"/>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="86"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="87"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="88"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="89"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="90"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="688"/>
        <source>New credit note</source>
        <translation>新增贷项通知单（红字发票）</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="691"/>
        <source>Number *</source>
        <translation>单号 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="691"/>
        <source>e.g. HZ-2025-0003</source>
        <translation>例如 HZ-2025-0003</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="692"/>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="693"/>
        <source>Amount *</source>
        <translation>金额 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="695"/>
        <source>No particular invoice (oldest debts first)</source>
        <translation>不指定发票（按先到期先冲抵）</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="698"/>
        <source>{number} of {date}, open {open}</source>
        <translation>{number}（{date}），未结 {open}</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="705"/>
        <source>Against invoice</source>
        <translation>冲抵发票</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="707"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="707"/>
        <source>e.g. goods returned</source>
        <translation>例如：退货</translation>
    </message>
</context>
<context>
    <name>CustomHolidayDialog</name>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="147"/>
        <source>Change holiday</source>
        <translation>修改节日</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="147"/>
        <source>New holiday</source>
        <translation>新建节日</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="155"/>
        <source>e.g. 公司周年庆</source>
        <translation>例如：公司周年庆</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="158"/>
        <source>Solar (公历)</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="159"/>
        <source>Lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="164"/>
        <source>In the leap month (闰月)</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="168"/>
        <source>In a year without this leap month the holiday is kept in the ordinary month of the same number.</source>
        <translation>没有该闰月的年份，节日按同一月份的正常月计算。</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="172"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="174"/>
        <source>Only in year</source>
        <translation>仅限年份</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="179"/>
        <source>For a lunar date, the lunar year</source>
        <translation>农历日期填农历年</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="192"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="193"/>
        <source>Calendar</source>
        <translation>历法</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="194"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="195"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="197"/>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="212"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="213"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="291"/>
        <source>This holiday was deleted meanwhile. Close and add it anew.</source>
        <translation>此节日已被他人删除。请关闭后重新添加。</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="300"/>
        <source>Not saved: the database could not be written ({reason}). Try again in a moment.</source>
        <translation>未保存：无法写入数据库（{reason}）。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../ui/customer_card.py" line="176"/>
        <source>New corporate customer</source>
        <translation>新建单位客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="178"/>
        <source>New individual customer</source>
        <translation>新建个人客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="181"/>
        <location filename="../../ui/customer_card.py" line="946"/>
        <source>Customer card: {name}</source>
        <translation>客户资料卡：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="204"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="205"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="278"/>
        <source>Basic</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="282"/>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="283"/>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="283"/>
        <source>automatic</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="287"/>
        <source>Registered name *</source>
        <translation>单位名称 *</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="287"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="289"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="290"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="296"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="298"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="298"/>
        <source>how we met, e.g. trade fair</source>
        <translation>如何结识，如：展会</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="301"/>
        <source>Document language</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="304"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="306"/>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="306"/>
        <source>18 characters; fills birthday</source>
        <translation>18 位，填写后自动带出生日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="309"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="310"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="311"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="312"/>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="315"/>
        <source>How greetings address this person. Leave it empty to use the one shown in grey, made from the name, gender and job title.</source>
        <translation>问候时对此人的称呼。留空则使用灰色显示的称呼（由姓名、性别和职务生成）。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="321"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="321"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="323"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="324"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="326"/>
        <source>Size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="328"/>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="348"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="349"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="353"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="353"/>
        <source>Landline</source>
        <translation>座机</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="356"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="357"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="358"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="359"/>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="360"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="361"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="362"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="382"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="385"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="387"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="389"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="391"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="405"/>
        <source>Contact persons</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="409"/>
        <source>Payment and credit</source>
        <translation>付款与信用</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="410"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="411"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="413"/>
        <source>Invoice required</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="415"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="417"/>
        <source>Settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="420"/>
        <source>Days net</source>
        <translation>账期天数</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="420"/>
        <source>for &apos;N days net&apos;</source>
        <translation>结算方式为“账期N天”时填写</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="423"/>
        <source>Payment days of the month</source>
        <translation>每月付款日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="425"/>
        <source>Who signs payments</source>
        <translation>付款签批人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="429"/>
        <source>Signer in the office</source>
        <translation>签批人在岗时间</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="430"/>
        <source>e.g. Tue and Thu mornings</source>
        <translation>如：周二、周四上午</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="435"/>
        <source>Reconcile first</source>
        <translation>先对账</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="436"/>
        <source>They reconcile a statement before paying</source>
        <translation>付款前要先核对对账单</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="439"/>
        <source>Documents they need</source>
        <translation>付款所需单据</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="442"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="450"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="453"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="455"/>
        <source>Payment terms (days)</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="460"/>
        <source>Supply hold</source>
        <translation>停止供货</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="461"/>
        <source>No new deliveries until the previous one is paid</source>
        <translation>前款不结，后货不送</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="463"/>
        <source>Hold reason</source>
        <translation>停供原因</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="485"/>
        <source>Late-payment charges (违约金)</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="492"/>
        <source>Charged as</source>
        <translation>计收方式</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="498"/>
        <source>Daily rate (% per day)</source>
        <translation>日费率（%/天）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="499"/>
        <source>e.g. 0.05</source>
        <translation>如 0.05</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="503"/>
        <source>Percent of the overdue amount per day: 0.05 means 0.05 % per day, that is 5 per 10,000 owed.</source>
        <translation>每天按逾期金额的百分比计收：0.05 表示每天 0.05%，即每 10,000 逾期金额每天计 5。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="511"/>
        <source>Fee per reminder level</source>
        <translation>每级催款费用</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="516"/>
        <source>Fixed fees for reminder levels 1, 2, 3 and so on, separated by commas or 、 (at most five levels).</source>
        <translation>第 1、2、3 级等各级催款的固定费用，用逗号或顿号（、）分隔（最多五级）。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="531"/>
        <source>New group…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="533"/>
        <source>Tick the groups this customer belongs to.</source>
        <translation>勾选该客户所属的分组。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="536"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="539"/>
        <location filename="../../ui/customer_card.py" line="543"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="540"/>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="541"/>
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="542"/>
        <source>Preferences</source>
        <translation>个人喜好</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="554"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="647"/>
        <source>made from the name, gender and job title</source>
        <translation>由姓名、性别和职务生成</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="708"/>
        <source>Credit limit ({currency})</source>
        <translation>信用额度（{currency}）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="709"/>
        <source>Fee per reminder level ({currency})</source>
        <translation>每级催款费用（{currency}）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="785"/>
        <source>Contact {n} ({name}): {problem}</source>
        <translation>第 {n} 位联系人（{name}）：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="822"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="825"/>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="828"/>
        <source>Filled from the resident ID: {fields}</source>
        <translation>已按身份证号填写：{fields}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="857"/>
        <source>Remove contact person</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="858"/>
        <source>Remove {name} from this card? This takes effect when you save.</source>
        <translation>从资料卡中删除联系人“{name}”吗？保存后生效。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="871"/>
        <location filename="../../ui/customer_card.py" line="877"/>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="871"/>
        <source>Group name:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="894"/>
        <source>Not saved: please correct the fields marked in red. Your input is kept.</source>
        <translation>未保存：请修改标红的项目。已填写的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="927"/>
        <source>Card changed meanwhile</source>
        <translation>资料卡已被他人修改</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="929"/>
        <source>Someone else saved this card after you opened it (in another window or on another computer).</source>
        <translation>您打开这份资料卡后，有其他人保存了它（在另一个窗口或另一台电脑上）。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="948"/>
        <source>Their version is loaded; your changes were discarded.</source>
        <translation>已载入对方的版本；您的修改已放弃。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="969"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未保存：请修改标红的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="974"/>
        <source>Not saved: the database could not be written ({reason}). Your input is kept; try again in a moment.</source>
        <translation>未保存：无法写入数据库（{reason}）。已填写的内容都还在，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="978"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="984"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="985"/>
        <source>You have changed this card. Close it without saving?</source>
        <translation>资料卡已修改，不保存就关闭吗？</translation>
    </message>
</context>
<context>
    <name>CustomerSummary</name>
    <message>
        <location filename="../../ui/customer_summary.py" line="40"/>
        <source>(leap month)</source>
        <translation>（闰月）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="41"/>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="167"/>
        <source>Number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="168"/>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="170"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="174"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="175"/>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="176"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="177"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="179"/>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="184"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="187"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="188"/>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="190"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="193"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="194"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="195"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="196"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="198"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="201"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="202"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="211"/>
        <source>limit {amount}</source>
        <translation>额度 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="217"/>
        <source>{days} days</source>
        <translation>账期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="221"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="224"/>
        <source>Settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="231"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="236"/>
        <source>Supply on hold</source>
        <translation>停止供货</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="238"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="252"/>
        <source>Contact persons</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="269"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="286"/>
        <source>Select a customer to see the card here.</source>
        <translation>选中一位客户，即可在这里查看资料卡。</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/customer_list.py" line="70"/>
        <source>Number</source>
        <extracomment>``counts_changed`` total while counting, and when the count failed. emitted after every refresh with (rows loaded, total matching)</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="71"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="72"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="73"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="74"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="75"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="76"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_list.py" line="103"/>
        <source>{name} ({short_name})</source>
        <translation>{name}（{short_name}）</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../ui/backup_damaged.py" line="62"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="70"/>
        <source>Looking for the newest good backup…</source>
        <translation>正在查找最新的完好备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="75"/>
        <source>Restore in &amp;place</source>
        <translation>在原位置恢复(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="79"/>
        <source>The damaged file is kept beside it as {name}.damaged-…</source>
        <translation>损坏的文件将保留在同一文件夹中，名为{name}.damaged-…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="83"/>
        <source>Restore into a &amp;new file…</source>
        <translation>恢复到新文件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="84"/>
        <source>&amp;Choose another backup…</source>
        <translation>选择其他备份(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="131"/>
        <source>No good backup of this database was found in its backup folder. Choose a backup file, or quit and ask for help: the damaged file is unchanged.</source>
        <translation>在此数据库的备份文件夹中没有找到完好的备份。请选择一个备份文件，或退出并寻求帮助：损坏的文件保持原样，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="139"/>
        <source>The newest good backup was made {made} ({kind}, {size}). Restoring it loses what was entered after that.</source>
        <translation>最新的完好备份创建于{made}（{kind}，{size}）。恢复该备份会丢失此后录入的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="149"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="151"/>
        <source>Kehu databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>客户档案数据库 (*.sqlite3 *.db);; 所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="169"/>
        <source>The backup {name} passed its check.</source>
        <translation>备份{name}已通过检查。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="183"/>
        <source>New database file</source>
        <translation>新数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="185"/>
        <source>Kehu databases (*.sqlite3)</source>
        <translation>客户档案数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_damaged.py" line="194"/>
        <source>That is the damaged file itself; choose Restore in place instead.</source>
        <translation>这就是损坏的文件本身；请改用“在原位置恢复”。</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../ui/data_safety.py" line="30"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="35"/>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../ui/data_safety.py" line="38"/>
        <location filename="../../ui/data_safety.py" line="48"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>DaysToPayModel</name>
    <message>
        <location filename="../../ui/account_window.py" line="133"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="134"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="135"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="136"/>
        <source>Paid in full on</source>
        <translation>结清日期</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="137"/>
        <source>Days to pay</source>
        <translation>回款天数</translation>
    </message>
    <message>
        <location filename="../../ui/account_window.py" line="138"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>DebtChoiceModel</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="739"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="740"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="741"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="742"/>
        <source>Open</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="743"/>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>DerivedSignsModel</name>
    <message>
        <location filename="../../ui/risk_models.py" line="65"/>
        <source>Sign</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="65"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="65"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="73"/>
        <source>Computed</source>
        <translation>系统推算</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="79"/>
        <source>Computed from the ledger, the promises and the instalment plans each time the account is shown; it goes away when the cause does</source>
        <translation>每次打开账户时根据账目、付款承诺和还款计划推算；原因消除后自动消失</translation>
    </message>
</context>
<context>
    <name>DocumentBatchDialog</name>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="120"/>
        <source>Print statements of account</source>
        <extracomment>Emitted after documents were recorded (log entries, confirmations).</extracomment>
        <translation>打印对账单</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="121"/>
        <source>Print dunning letters</source>
        <translation>打印催款函</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="122"/>
        <source>Print labels and envelopes</source>
        <translation>打印标签和信封</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="134"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="134"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="160"/>
        <source>&amp;List who gets what</source>
        <translation>列出名单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="161"/>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="162"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="163"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="179"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="181"/>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="183"/>
        <source>All salespersons</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="185"/>
        <source>Any class</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="194"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="195"/>
        <source>Include archived customers</source>
        <translation>包括已归档客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="198"/>
        <source>%n chosen customer(s)</source>
        <translation>
            <numerusform>已选 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="202"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="203"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="211"/>
        <source>Worst overdue class</source>
        <translation>最差逾期类别</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="212"/>
        <source>Overdue at least</source>
        <translation>逾期金额至少</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="213"/>
        <source>Oldest overdue at least</source>
        <translation>最早逾期至少</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="227"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="229"/>
        <source>One PDF</source>
        <translation>合并为一个 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="230"/>
        <source>One PDF per customer (into a folder)</source>
        <translation>每位客户一个 PDF（保存到文件夹）</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="233"/>
        <source>From the first entry</source>
        <translation>从第一笔记录起</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="249"/>
        <source>The whole ledger of the period</source>
        <translation>本期全部往来明细</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="250"/>
        <source>Open items only</source>
        <translation>仅未结清款项</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="251"/>
        <source>Record as sent for the customer&apos;s confirmation</source>
        <translation>登记为已寄出、待客户确认</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="253"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="255"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="256"/>
        <source>Form</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="264"/>
        <source>Automatic (from the letters sent)</source>
        <translation>自动（按已发催款函）</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="265"/>
        <source>1 - Friendly reminder</source>
        <translation>1 - 友情提醒</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="266"/>
        <source>2 - Formal demand</source>
        <translation>2 - 正式催款</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="267"/>
        <source>3 - Final demand (legal steps)</source>
        <translation>3 - 最后通牒（法律途径）</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="270"/>
        <source>Each customer&apos;s document language</source>
        <translation>按各客户的单据语言</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="271"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="272"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="273"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="274"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="276"/>
        <source>Each letter printed or saved is recorded in the collection log.</source>
        <translation>每封打印或保存的催款函都会登记到催收记录中。</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="289"/>
        <source>Envelopes DL (220 x 110 mm)</source>
        <translation>DL 信封（220 x 110 毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="290"/>
        <source>Envelopes C5 (229 x 162 mm)</source>
        <translation>C5 信封（229 x 162 毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="295"/>
        <source>On a part-used sheet, the position of the first free label</source>
        <translation>在用过一部分的标签纸上，第一个空白标签的位置</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="311"/>
        <source>Sheet</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="312"/>
        <source>Start at label</source>
        <translation>从第几个标签开始</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="313"/>
        <source>Top margin</source>
        <translation>上边距</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="314"/>
        <source>Left margin</source>
        <translation>左边距</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="315"/>
        <source>Gap between columns</source>
        <translation>列间距</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="316"/>
        <source>Gap between rows</source>
        <translation>行间距</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="344"/>
        <source>The choice changed: list again to see who gets what.</source>
        <translation>条件已更改：请重新列出名单。</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="409"/>
        <source>The period starts after it ends.</source>
        <translation>期间的开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="431"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="457"/>
        <source>Cancelled: nothing was written or recorded.</source>
        <translation>已取消：没有写入文件，也没有登记。</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="467"/>
        <source>The documents could not be made because of an internal error in Kehu ({error}). This is not something you did; nothing was recorded.</source>
        <translation>由于客户档案程序内部错误（{error}），单据未能生成。这不是您的操作问题；没有登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="476"/>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="483"/>
        <source>No customer of this choice gets a document.</source>
        <translation>按此条件没有需要打印的客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="486"/>
        <source>%n document(s) to print; </source>
        <translation>
            <numerusform>共 %n 份待打印；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="488"/>
        <source>%n customer(s) without an address are left out.</source>
        <translation>
            <numerusform>%n 位客户没有地址，已略过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="492"/>
        <source>%n document(s) to print.</source>
        <translation>
            <numerusform>共 %n 份待打印。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="498"/>
        <location filename="../../ui/document_batch_dialog.py" line="500"/>
        <location filename="../../ui/document_batch_dialog.py" line="547"/>
        <location filename="../../ui/document_batch_dialog.py" line="554"/>
        <source>Making the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="506"/>
        <source>%n document(s) in the preview.</source>
        <translation>
            <numerusform>预览中共 %n 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="520"/>
        <source>%n document(s) recorded as sent.</source>
        <translation>
            <numerusform>已登记 %n 份为已寄出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="531"/>
        <source>Folder for the PDF files</source>
        <translation>PDF 文件保存的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="535"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="536"/>
        <source>Dunning letters</source>
        <translation>催款函</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="537"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="541"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/document_batch_dialog.py" line="541"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="559"/>
        <source>%n document(s) saved to {where}.</source>
        <translation>
            <numerusform>已将 %n 份保存到 {where}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_batch_dialog.py" line="561"/>
        <source>%n recorded as sent.</source>
        <translation>
            <numerusform>已登记 %n 份为已寄出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../ui/document_list_model.py" line="47"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/document_list_model.py" line="48"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/document_list_model.py" line="49"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/document_list_model.py" line="50"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/document_list_model.py" line="52"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DueSoonModel</name>
    <message>
        <location filename="../../ui/workbench_models.py" line="569"/>
        <source>Number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="570"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="571"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="572"/>
        <source>Debt</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="573"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="574"/>
        <source>Falls due</source>
        <translation>距到期</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="575"/>
        <source>Open amount</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="576"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="581"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="583"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="584"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="614"/>
        <source>{kind} of {date}</source>
        <translation>{date} 的{kind}</translation>
    </message>
</context>
<context>
    <name>DunningTemplateDialog</name>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="60"/>
        <source>Dunning letter templates</source>
        <extracomment>Role of a problem item: (field, line). Role of a placeholder item: its name.</extracomment>
        <translation>催款函模板</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="77"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="78"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="79"/>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="81"/>
        <source>Document &amp;language:</source>
        <translation>文书语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="102"/>
        <source>&amp;Subject:</source>
        <translation>标题(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="110"/>
        <source>Each line is a paragraph; a blank line leaves a little space. Start a line with two full-width spaces to indent it. A line holding only {{ invoices }} becomes the table of overdue invoices.</source>
        <translation>每一行是一个段落；空行留出一点间距。行首输入两个全角空格即可首行缩进。只有 {{ invoices }} 的一行会变成逾期单据明细表。</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="127"/>
        <source>Placeholders (double-click to insert):</source>
        <translation>占位符（双击插入）：</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="157"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="160"/>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="164"/>
        <source>&amp;Reset to default…</source>
        <translation>恢复默认(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="168"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="172"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="219"/>
        <source>Built-in text</source>
        <translation>内置文本</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="219"/>
        <location filename="../../ui/dunning_template_dialog.py" line="350"/>
        <source>Your own text</source>
        <translation>自定义文本</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="247"/>
        <source>Your changes to this template are not saved. Discard them?</source>
        <translation>对此模板的修改尚未保存。要放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="308"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="325"/>
        <source>Sample letter: {level}</source>
        <translation>示例函件：{level}</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="340"/>
        <source>Not saved: correct the problems first.</source>
        <translation>未保存：请先改正上述问题。</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="351"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="364"/>
        <source>Reset to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="366"/>
        <source>Replace this template with the built-in text? Your own text for this level and language is deleted.</source>
        <translation>用内置文本替换此模板吗？此级别和语言的自定义文本将被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="375"/>
        <source>The built-in text is back.</source>
        <translation>已恢复内置文本。</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="385"/>
        <source>Subject</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/dunning_template_dialog.py" line="385"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/customer_card.py" line="114"/>
        <source>Please check before saving</source>
        <translation>保存前请核对</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="118"/>
        <source>These values look wrong:</source>
        <translation>以下内容可能有误：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="122"/>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="129"/>
        <source>This customer may already be on file:</source>
        <translation>该客户可能已经建档：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="134"/>
        <source>Open this card</source>
        <translation>打开此资料卡</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="142"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="145"/>
        <source>Go back and correct</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="413"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="414"/>
        <source>Fill empty fields</source>
        <translation>补充空白字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="415"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="466"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="467"/>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="468"/>
        <source>Mobile in the file</source>
        <translation>文件中的手机</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="469"/>
        <source>Existing customer</source>
        <translation>已有客户</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="470"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="471"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="499"/>
        <source>Not imported (see Problems)</source>
        <translation>不导入（见“问题”）</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="500"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="506"/>
        <source>{action}: not possible (see Problems)</source>
        <translation>{action}：无法执行（见“问题”）</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="526"/>
        <source>Row {row} of this file</source>
        <translation>本文件第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="529"/>
        <source>Repeats row {row} of the file</source>
        <translation>与文件第 {row} 行重复</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <location filename="../../ui/edit_conflict.py" line="26"/>
        <source>Load their version: you see what is stored now; your changes here are discarded.
Save mine: what you see here replaces their version; their changes are lost.
Keep editing: nothing is saved yet; your input stays as it is.</source>
        <translation>载入对方的版本：显示当前保存的内容，您在这里所作的修改将被放弃。
保存我的版本：以您在这里看到的内容替换对方的版本，对方的修改将丢失。
继续编辑：暂不保存，您输入的内容保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict.py" line="35"/>
        <source>Load their version</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict.py" line="40"/>
        <source>Save mine</source>
        <translation>保存我的版本</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict.py" line="44"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict.py" line="66"/>
        <source>Text changed meanwhile</source>
        <translation>文本已被他人修改</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict.py" line="67"/>
        <source>Someone else saved this text after you opened it.</source>
        <translation>您打开这段文本后，有其他人保存了它。</translation>
    </message>
    <message>
        <location filename="../../ui/edit_conflict.py" line="75"/>
        <source>Their version is loaded; your changes were discarded.</source>
        <translation>已载入对方的版本，您的修改已放弃。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="101"/>
        <location filename="../../ui/export_dialog.py" line="296"/>
        <source>Export customers</source>
        <extracomment>format choice -&gt; (exporter format, encoding, file extension)</extracomment>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="118"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="122"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="140"/>
        <source>Which customers</source>
        <translation>哪些客户</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="146"/>
        <source>The selected customers ({count})</source>
        <translation>选中的客户（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="151"/>
        <source>A group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="157"/>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="176"/>
        <source>The customers shown by the current filter (counting…)</source>
        <translation>当前筛选显示的客户（正在计数…）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="177"/>
        <source>The customers shown by the current filter ({count})</source>
        <translation>当前筛选显示的客户（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="182"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="187"/>
        <source>CSV, UTF-8 for Excel</source>
        <translation>CSV，UTF-8（用于 Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>CSV, GBK for older Chinese programs</source>
        <translation>CSV，GBK（用于较老的国内软件）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="189"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="190"/>
        <source>vCard for phones (VCF)</source>
        <translation>手机通讯录 vCard (VCF)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="196"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="197"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="200"/>
        <source>Export resident ID numbers in full</source>
        <translation>完整导出身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="204"/>
        <source>Resident ID numbers are personal data protected by law: export them in full only when the receiver needs them, and keep the file safe. Otherwise they are written masked (110101********1234).</source>
        <translation>身份证号属于受法律保护的个人信息：只有接收方确实需要时才完整导出，并妥善保管文件。否则导出时会隐去中间部分（110101********1234）。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="215"/>
        <source>Raw values for another program (no spreadsheet-formula protection)</source>
        <translation>为其他程序导出原始值（不做表格公式防护）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="220"/>
        <source>Normally a cell starting with = + - or @ gets an apostrophe so that a spreadsheet does not run it as a formula. Leave this off for Excel.</source>
        <translation>通常以 = + - 或 @ 开头的单元格前会加一个撇号，以免表格软件把它当作公式执行。用 Excel 打开时请不要勾选。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="279"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="290"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="291"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="292"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="310"/>
        <source>No customer is selected in the list.</source>
        <translation>列表中没有选中任何客户。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="327"/>
        <location filename="../../ui/export_dialog.py" line="334"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="327"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="360"/>
        <source>%n customer(s) exported to {path}</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="364"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有写入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="374"/>
        <source>The file could not be made because of an internal error in Kehu ({error}). This is not something you did; no file was written.</source>
        <translation>由于客户档案程序内部错误（{error}），无法生成文件。这不是您的操作造成的；没有写入文件。</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../ui/i18n.py" line="75"/>
        <source>The file could not be read or written: {reason}</source>
        <extracomment>language setting value -&gt; locale name; &quot;&quot; follows the system.</extracomment>
        <translation>文件无法读取或写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="81"/>
        <source>Kehu ran into an internal error ({error}). This is not something you did; nothing was changed in the database.</source>
        <translation>客户档案程序发生内部错误（{error}）。这不是您的操作造成的；数据库没有任何改动。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="247"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="250"/>
        <source>A CSV or Excel file with one customer per row, or contacts exported from a phone (vCard).</source>
        <translation>每行一个客户的 CSV 或 Excel 文件，或从手机导出的通讯录（vCard）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="259"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="260"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="272"/>
        <location filename="../../ui/import_pages.py" line="279"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="280"/>
        <source>Comma ( , )</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="281"/>
        <source>Semicolon ( ; )</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="282"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="287"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="288"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="289"/>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="290"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="314"/>
        <source>GBK / GB18030 (Chinese Excel)</source>
        <translation>GBK / GB18030（中文版 Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="333"/>
        <source>Choose the customer file</source>
        <translation>选择客户文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="336"/>
        <source>Customer files (*.csv *.xlsx *.vcf *.txt)</source>
        <translation>客户文件 (*.csv *.xlsx *.vcf *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="336"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="363"/>
        <source>CSV text file</source>
        <translation>CSV 文本文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="364"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="365"/>
        <source>vCard (phone contacts)</source>
        <translation>vCard（手机通讯录）</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="387"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="390"/>
        <source>Reading cancelled.</source>
        <translation>读取已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="405"/>
        <source>First sheet</source>
        <translation>第一个工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="413"/>
        <location filename="../../ui/import_pages.py" line="419"/>
        <source>Automatic (found: {name})</source>
        <translation>自动（识别为：{name}）</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="424"/>
        <source>The file has no customer rows to import.</source>
        <translation>文件中没有可导入的客户行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_pages.py" line="428"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_pages.py" line="430"/>
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n 列。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="433"/>
        <source>Sheet: {sheet}.</source>
        <translation>工作表：{sheet}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_pages.py" line="436"/>
        <source>%n part(s) of the file could not be read:</source>
        <translation>
            <numerusform>文件中有 %n 处无法读取：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="439"/>
        <source>{number}: {problem}</source>
        <translation>{number}：{problem}</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="29"/>
        <source>Flag a warning sign</source>
        <translation>标记风险预警</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="33"/>
        <source>Sign *</source>
        <translation>预警信号 *</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="34"/>
        <source>Seen on *</source>
        <translation>发现日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="35"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="35"/>
        <source>what you saw or heard, from whom</source>
        <translation>看到或听到了什么，消息来源</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="36"/>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>FlagsModel</name>
    <message>
        <location filename="../../ui/risk_models.py" line="28"/>
        <source>Sign</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="29"/>
        <source>Flagged on</source>
        <translation>标记日期</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="30"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="31"/>
        <source>Cleared on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="32"/>
        <source>Why cleared</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="43"/>
        <source>Open</source>
        <translation>未解除</translation>
    </message>
</context>
<context>
    <name>GreetingListModel</name>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="222"/>
        <source>Include</source>
        <extracomment>The GreetingRow of a model row. Rows in the list, greeted or not (hidden ones too). Included rows without a mobile number (an SMS export leaves them out). The included or greeted counts may have changed.</extracomment>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="223"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="224"/>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="225"/>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="226"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="227"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="228"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="229"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="230"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="231"/>
        <source>Greeted</source>
        <translation>已问候</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="235"/>
        <source>The day greeted for</source>
        <translation>问候对应的日子</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="237"/>
        <source>The age turned, or the years since the founding</source>
        <translation>周岁，或成立年数</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="239"/>
        <source>When the person was marked as greeted</source>
        <translation>标记为已问候的时间</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="299"/>
        <source>Greeted already on {time}</source>
        <translation>已于 {time} 问候</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_list_model.py" line="303"/>
        <source>Zodiac: {animal}</source>
        <translation>生肖：{animal}</translation>
    </message>
</context>
<context>
    <name>GreetingSettingsDialog</name>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="32"/>
        <source>Greeting settings</source>
        <translation>问候设置</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="37"/>
        <source>These settings are kept in the database, so everyone working on it uses the same.</source>
        <translation>这些设置保存在数据库中，所有使用该数据库的人都采用相同设置。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="46"/>
        <source>on 28 February</source>
        <translation>按 2 月 28 日</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="48"/>
        <source>on 1 March</source>
        <translation>按 3 月 1 日</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="54"/>
        <source>Birthdays on 29 February,
in other years</source>
        <translation>2 月 29 日的生日
在平年</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="61"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="63"/>
        <source>Upcoming birthdays: look ahead</source>
        <translation>近期生日：提前查看</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="65"/>
        <source>the main contact only</source>
        <translation>仅主要联系人</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="69"/>
        <source>The decision maker, else the payment approver, else finance, else the first on the card</source>
        <translation>优先决策人，其次付款审批人，再次财务，否则卡片上的第一位联系人</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="73"/>
        <source>all contact persons</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="81"/>
        <source>On holidays, greet at each company</source>
        <translation>节日时问候单位的</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="95"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_settings_dialog.py" line="165"/>
        <source>Not saved: the database could not be written ({reason}). Try again in a moment.</source>
        <translation>未保存：无法写入数据库（{reason}）。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>GreetingTemplateDialog</name>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="64"/>
        <source>Greeting texts</source>
        <extracomment>Role of a problem item: (field, line). Role of a placeholder item: its name. Milliseconds of quiet typing before the preview is rendered again.</extracomment>
        <translation>问候文本</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="82"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="83"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="89"/>
        <source>&amp;Occasion:</source>
        <translation>场合(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="90"/>
        <source>Document &amp;language:</source>
        <translation>文档语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="91"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="112"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="136"/>
        <source>Placeholders (double-click to insert):</source>
        <translation>占位符（双击插入）：</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="153"/>
        <source>Preview for a sample person:</source>
        <translation>示例预览：</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="171"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="174"/>
        <source>&amp;Reset to default…</source>
        <translation>恢复默认(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="178"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="182"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="250"/>
        <source>Each line is a paragraph; a blank line leaves a little space. Start a line with two full-width spaces to indent it. The card prints the salutation line above the text and our company&apos;s name and the date below it.</source>
        <translation>每行为一段；空行留出少许间距。行首加两个全角空格即可缩进。贺卡在正文上方印称呼，下方印本公司名称和日期。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="256"/>
        <source>Keep it short: one SMS holds 70 characters. The SMS platform adds your signature (such as 【公司名】) itself, so leave it out.</source>
        <translation>请尽量简短：一条短信 70 个字。短信平台会自动加上签名（如【公司名】），正文中无需再写。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="261"/>
        <source>Built-in text</source>
        <translation>内置文本</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="261"/>
        <location filename="../../ui/greeting_template_dialog.py" line="424"/>
        <source>Your own text</source>
        <translation>自定义文本</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="296"/>
        <source>Your changes to this text are not saved. Discard them?</source>
        <translation>对此文本的修改尚未保存。要放弃修改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="327"/>
        <source>No preview: {problem}</source>
        <translation>无法预览：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="336"/>
        <source>For the sample person: {characters} characters, {messages} SMS. An SMS holds 70 characters, each part of a longer one 67; the platform&apos;s signature counts too.</source>
        <translation>示例：{characters} 个字，{messages} 条短信。一条短信 70 个字，长短信每条 67 个字；平台签名也计入字数。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="397"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="414"/>
        <source>Not saved: correct the problems first.</source>
        <translation>未保存：请先改正问题。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="425"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="436"/>
        <source>Reset to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="438"/>
        <source>Replace this text with the built-in one? Your own text for this occasion, language and kind is deleted.</source>
        <translation>用内置文本替换此文本吗？此场合、语言和类型的自定义文本将被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="447"/>
        <source>The built-in text is back.</source>
        <translation>已恢复内置文本。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="457"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_template_dialog.py" line="457"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>GreetingWindow</name>
    <message>
        <location filename="../../ui/greeting_window.py" line="205"/>
        <source>Greeting list</source>
        <extracomment>How many names of the people left out of an output are listed by name. The greeted mark&apos;s channel for each output.</extracomment>
        <translation>问候名单</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="282"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="303"/>
        <source>Birthdays in a date range</source>
        <translation>日期范围内的生日</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="305"/>
        <source>Founding anniversaries in a date range</source>
        <translation>日期范围内的成立纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="322"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="326"/>
        <source>Greet for</source>
        <translation>问候场合</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="329"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="332"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="334"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="345"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="345"/>
        <location filename="../../ui/greeting_window.py" line="348"/>
        <location filename="../../ui/greeting_window.py" line="351"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="348"/>
        <source>Tiers</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="351"/>
        <source>Salespersons</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="356"/>
        <source>main contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="357"/>
        <source>all contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="358"/>
        <source>Whom of a company to greet on a holiday</source>
        <translation>节日时问候单位的哪些联系人</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="361"/>
        <source>Show people already greeted</source>
        <translation>显示已问候的人</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="367"/>
        <source>Company contacts:</source>
        <translation>单位联系人：</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="382"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="383"/>
        <source>Include everyone shown who was not greeted yet</source>
        <translation>包含所有显示的尚未问候的人</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="385"/>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="388"/>
        <source>Include the selected rows</source>
        <translation>包含选中的行</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="391"/>
        <source>Exclude the selected rows</source>
        <translation>排除选中的行</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="393"/>
        <source>Export for SMS…</source>
        <translation>导出短信名单…</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="395"/>
        <source>Print list…</source>
        <translation>打印名单…</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="398"/>
        <source>Address labels…</source>
        <translation>地址标签…</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="401"/>
        <source>Envelopes…</source>
        <translation>信封…</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="404"/>
        <source>Greeting cards…</source>
        <translation>贺卡…</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="414"/>
        <source>For the people included in the list</source>
        <translation>用于名单中包含的人</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="415"/>
        <location filename="../../ui/greeting_window.py" line="733"/>
        <source>Mark as greeted</source>
        <translation>标记为已问候</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="416"/>
        <source>Record the selected people as greeted</source>
        <translation>把选中的人记为已问候</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="418"/>
        <source>Not greeted after all</source>
        <translation>撤销已问候</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="420"/>
        <source>Take back the greeted mark of the selected people</source>
        <translation>撤销选中的人的已问候标记</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="422"/>
        <source>Open customer card</source>
        <translation>打开客户卡片</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="425"/>
        <source>Edit greeting texts…</source>
        <translation>编辑问候文本…</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="509"/>
        <source>{occasion} {start} – {end}</source>
        <translation>{occasion} {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="523"/>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="525"/>
        <source>not in {year}</source>
        <translation>{year} 年没有</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="577"/>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="604"/>
        <source>Nobody of this choice has the day in this range.</source>
        <translation>所选范围内没有人在这些日子过生日或纪念日。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="606"/>
        <source>Nobody matches this choice.</source>
        <translation>没有符合条件的人。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="626"/>
        <source>This could not be done because of an internal error in Kehu ({error}). This is not something you did; nothing was recorded.</source>
        <translation>由于客户档案程序内部错误（{error}），无法完成此操作。这不是您的操作造成的；没有记录任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="637"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="638"/>
        <source>%n included</source>
        <translation>
            <numerusform>包含 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="639"/>
        <source>%n already greeted</source>
        <translation>
            <numerusform>已问候 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="642"/>
        <source>%n without mobile</source>
        <translation>
            <numerusform>无手机 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="643"/>
        <location filename="../../ui/greeting_window.py" line="750"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="707"/>
        <source>%n person(s) marked as greeted.</source>
        <translation>
            <numerusform>已将 %n 人标记为已问候。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="710"/>
        <source>%n greeted mark(s) taken back.</source>
        <translation>
            <numerusform>已撤销 %n 个已问候标记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="729"/>
        <source>Mark the %n included people as greeted for {what}?</source>
        <translation>
            <numerusform>把包含的 %n 人标记为已问候（{what}）吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="748"/>
        <source>%n person(s) left out:</source>
        <translation>
            <numerusform>%n 人未包含：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="752"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="761"/>
        <source>Nobody is included in the list.</source>
        <translation>名单中没有包含任何人。</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="766"/>
        <source>{what} greetings</source>
        <translation>{what}问候</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="774"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="775"/>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="776"/>
        <source>CSV GBK for SMS platforms (*.csv)</source>
        <translation>CSV GBK，用于短信平台 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="784"/>
        <source>Export for SMS</source>
        <translation>导出短信名单</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="830"/>
        <location filename="../../ui/greeting_window.py" line="838"/>
        <source>Making the file…</source>
        <translation>正在生成文件…</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="830"/>
        <location filename="../../ui/greeting_window.py" line="838"/>
        <source>Making the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="846"/>
        <source>%n person(s) saved to {path}.</source>
        <translation>
            <numerusform>已将 %n 人保存到 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/greeting_window.py" line="854"/>
        <source>%n person(s) in the preview.</source>
        <translation>
            <numerusform>预览中共 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="883"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_window.py" line="910"/>
        <source>Cancelled: nothing was written or recorded.</source>
        <translation>已取消：没有写入或记录任何内容。</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../ui/group_panel.py" line="44"/>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/group_panel.py" line="46"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/group_panel.py" line="61"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/group_panel.py" line="64"/>
        <source>Not in a group</source>
        <translation>未分组</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <location filename="../../ui/group_panel.py" line="101"/>
        <source>New group…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <location filename="../../ui/group_panel.py" line="103"/>
        <source>Rename group…</source>
        <translation>重命名分组…</translation>
    </message>
    <message>
        <location filename="../../ui/group_panel.py" line="105"/>
        <location filename="../../ui/group_panel.py" line="192"/>
        <source>Delete group</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <location filename="../../ui/group_panel.py" line="149"/>
        <source>Group name:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <location filename="../../ui/group_panel.py" line="153"/>
        <location filename="../../ui/group_panel.py" line="158"/>
        <location filename="../../ui/group_panel.py" line="159"/>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../../ui/group_panel.py" line="171"/>
        <location filename="../../ui/group_panel.py" line="176"/>
        <location filename="../../ui/group_panel.py" line="177"/>
        <location filename="../../ui/group_panel.py" line="180"/>
        <source>Rename group</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <location filename="../../ui/group_panel.py" line="194"/>
        <source>Delete the group “{name}”? Its customers are kept; only their membership of this group goes.</source>
        <translation>删除分组“{name}”吗？组内客户都会保留，只是不再属于该分组。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/history_model.py" line="41"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="41"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="41"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="41"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="114"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="117"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="130"/>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="131"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="132"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/history_view.py" line="54"/>
        <source>Every change is recorded with the time and the user; the history cannot be edited. Point at a row to see all of it.</source>
        <translation>每项修改都会连同时间和操作人一起记录下来；历史记录不能修改。将鼠标指向某一行可查看完整内容。</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="61"/>
        <source>Nothing recorded yet. Changes are recorded from the version of Kehu that keeps a history on.</source>
        <translation>尚无记录。从具备历史记录功能的客户档案版本开始，才会记录各项修改。</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="941"/>
        <source>Hold as disputed</source>
        <translation>争议挂起</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="945"/>
        <source>{number}, open {open}</source>
        <translation>{number}，未结 {open}</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="950"/>
        <source>Debt</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="952"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="952"/>
        <source>e.g. quality complaint, 5 cartons short</source>
        <translation>例如：质量投诉，少 5 箱</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="956"/>
        <source>Leave unticked to hold until you release it</source>
        <translation>不勾选则一直挂起，直到手动解除</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="959"/>
        <source>Until</source>
        <translation>挂起至</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="961"/>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="323"/>
        <source>Holidays</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="332"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="335"/>
        <source>Lunar holidays fall on a different day every year; here is each day in it.</source>
        <translation>农历节日每年的公历日期不同；下面是所选年份的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="355"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="357"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="359"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="370"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="417"/>
        <source>The database could not be read or written ({reason}).</source>
        <translation>无法读写数据库（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="455"/>
        <source>Delete holiday</source>
        <translation>删除节日</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="457"/>
        <source>Delete the holiday “{name}”? The record of who was greeted on it and its greeting texts are deleted with it. This cannot be undone.</source>
        <translation>删除节日“{name}”吗？该节日的问候记录和问候文本将一并删除，且无法撤销。</translation>
    </message>
</context>
<context>
    <name>HolidaysModel</name>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="62"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="63"/>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="64"/>
        <source>Calendar</source>
        <translation>历法</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="65"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="66"/>
        <source>Lunar date</source>
        <translation>农历日期</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="120"/>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="120"/>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="131"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="133"/>
        <source>Own, every year</source>
        <translation>自定义，每年</translation>
    </message>
    <message>
        <location filename="../../ui/holidays_dialog.py" line="134"/>
        <source>Own, only in {year}</source>
        <translation>自定义，仅 {year} 年</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="409"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="411"/>
        <source>The customers are written in one go: Cancel leaves the database as it was.</source>
        <translation>客户会一次性写入：取消则数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="424"/>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="443"/>
        <source>Importing… Cancel leaves the database as it was.</source>
        <translation>正在导入…取消则数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="450"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="468"/>
        <source>Nothing was imported: %Ln row(s) have errors and you chose to import nothing in that case.</source>
        <translation>
            <numerusform>没有导入任何内容：有 %Ln 行出错，而您选择了此时全部不导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="476"/>
        <source>Done: %Ln customer(s) created</source>
        <translation>
            <numerusform>完成：新建 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="477"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="478"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>更新 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="479"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>跳过 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="480"/>
        <source>%Ln row(s) not imported.</source>
        <translation>
            <numerusform>%Ln 行未导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="483"/>
        <source>The imported customers are in the group “{group}”.</source>
        <translation>导入的客户已放入分组“{group}”。</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="494"/>
        <source>Cancelled: the database is as it was; nothing was imported.</source>
        <translation>已取消：数据库保持原样，没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="513"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>InstalmentDraftModel</name>
    <message>
        <location filename="../../ui/plan_models.py" line="147"/>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="147"/>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="147"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="187"/>
        <source>Double-click to change the date</source>
        <translation>双击修改日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="189"/>
        <source>Double-click to change the amount, e.g. 1000 or 1,000.00</source>
        <translation>双击修改金额，如 1000 或 1,000.00</translation>
    </message>
</context>
<context>
    <name>InstalmentsModel</name>
    <message>
        <location filename="../../ui/plan_models.py" line="99"/>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="100"/>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="101"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="102"/>
        <source>Covered</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="103"/>
        <source>Still due</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="104"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="122"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="334"/>
        <source>New invoice / delivery note</source>
        <translation>录入发票 / 送货单</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="338"/>
        <source>Number *</source>
        <translation>单号 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="338"/>
        <source>e.g. FP-2025-0012</source>
        <translation>例如 FP-2025-0012</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="339"/>
        <source>Invoice date *</source>
        <translation>开票日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="340"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="345"/>
        <source>Amount *</source>
        <translation>金额 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="346"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="359"/>
        <source>From the customer&apos;s payment terms</source>
        <translation>按客户的付款期限计算</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="367"/>
        <source>Changed by hand</source>
        <translation>已手动修改</translation>
    </message>
</context>
<context>
    <name>LateChargesModel</name>
    <message>
        <location filename="../../ui/risk_models.py" line="114"/>
        <source>Invoice or letter</source>
        <translation>发票或催款函</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="115"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="116"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="117"/>
        <source>Base</source>
        <translation>计费基数</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="118"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="119"/>
        <source>Charge</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="125"/>
        <source>Invoice without a number</source>
        <translation>无编号发票</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="126"/>
        <source>Level {level} letter</source>
        <translation>第 {level} 级催款函</translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="141"/>
        <source>The fee of a level {level} dunning letter sent on {date}</source>
        <translation>{date} 发出的第 {level} 级催款函的费用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk_models.py" line="145"/>
        <source>{first} to {last}: %n day(s) on {base}</source>
        <translation>
            <numerusform>{first} 至 {last}：按 {base} 计 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk_models.py" line="153"/>
        <source>Days with nothing open or on hold are not charged.</source>
        <translation>没有未结金额或处于争议挂起的日子不计。</translation>
    </message>
</context>
<context>
    <name>LateChargesPage</name>
    <message>
        <location filename="../../ui/risk_pages.py" line="156"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="167"/>
        <source>Post charges…</source>
        <translation>违约金入账…</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="170"/>
        <source>Post the selected charges (or all) to the ledger, after confirming</source>
        <translation>确认后，把选中的（或全部）违约金记入账上</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="173"/>
        <source>Waive…</source>
        <translation>减免…</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="176"/>
        <source>Waive the selected charges (or all), with the reason</source>
        <translation>减免选中的（或全部）违约金，须注明原因</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="198"/>
        <source>Late charges</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="211"/>
        <source>This customer has no late-payment charge terms. Set them on the customer card, tab “Payment and credit”, under “Late-payment charges”.</source>
        <translation>该客户没有约定违约金条款。请在客户资料卡的“付款与信用”页的“违约金”一栏中设置。</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="219"/>
        <source>{mode}: {rate} % per day of the amount overdue</source>
        <translation>{mode}：每天按逾期金额的 {rate}% 计</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="223"/>
        <source>{mode}: {fees} by dunning letter level (1, 2, 3, …)</source>
        <translation>{mode}：按催款函级别（1、2、3 …）分别收 {fees}</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="227"/>
        <source>Terms on the card: {terms}</source>
        <translation>客户资料中的条款：{terms}</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="236"/>
        <source>Total {total} as of {date}: computed, not posted. The balance above does not include it until the charges are posted.</source>
        <translation>截至 {date} 合计 {total}：仅为计算结果，尚未入账。入账之前，上方的欠款余额不含违约金。</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="243"/>
        <source>No late-payment charge to post or waive as of {date}.</source>
        <translation>截至 {date} 没有需要入账或减免的违约金。</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="258"/>
        <source>There is no charge to post or waive at this date.</source>
        <translation>该日期没有需要入账或减免的违约金。</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="277"/>
        <source>Post late-payment charges</source>
        <translation>违约金入账</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="279"/>
        <source>Post them to the ledger now?</source>
        <translation>现在记入账上吗？</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="280"/>
        <source>Post charges</source>
        <translation>入账</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="296"/>
        <source>Not posted: {reason}</source>
        <translation>未入账：{reason}</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../ui/ledger_model.py" line="86"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="87"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="88"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="89"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="90"/>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="91"/>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="92"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="93"/>
        <source>Method / reference</source>
        <translation>方式 / 凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="94"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="160"/>
        <source>{kind} (reversed)</source>
        <translation>{kind}（已冲销）</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="185"/>
        <source>Reverses {what}: {reason}</source>
        <translation>冲销 {what}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="201"/>
        <source>Reversed on {date} ({reason})</source>
        <translation>已于 {date} 冲销（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="209"/>
        <source>Reversal of {what} ({reason})</source>
        <translation>{what} 的冲销（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="216"/>
        <source>Still open: {amount}</source>
        <translation>未结清：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_model.py" line="219"/>
        <source>Settled in full</source>
        <translation>已全部结清</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="201"/>
        <source>Correct log entry #{id}</source>
        <translation>更正催款记录 #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="203"/>
        <source>New collection log entry</source>
        <translation>新增催款记录</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="212"/>
        <source>Corrects entry #{id} of {date}. The log is evidence: the original stays, marked as corrected, and this correction is added to it.</source>
        <translation>更正 {date} 的记录 #{id}。催款记录是证据：原记录保留并标为已更正，本更正作为新记录加入。</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="217"/>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="219"/>
        <source>Channel *</source>
        <translation>渠道 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="220"/>
        <source>Spoke to</source>
        <translation>接洽人</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="220"/>
        <source>name and position</source>
        <translation>姓名和职务</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="226"/>
        <source>None given</source>
        <translation>未提借口</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="229"/>
        <source>Excuse given</source>
        <translation>借口</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="231"/>
        <source>What they said</source>
        <translation>对方说法</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="231"/>
        <source>in their words</source>
        <translation>照对方原话记录</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="233"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="236"/>
        <source>Not a dunning letter</source>
        <translation>非催款函</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="238"/>
        <source>For a dunning letter: its level (1 first reminder, 2 second, …)</source>
        <translation>催款函的级别（1 为第一次催告，2 为第二次，依此类推）</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="240"/>
        <source>Dunning letter level</source>
        <translation>催款函级别</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="242"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="242"/>
        <source>next step, who follows up</source>
        <translation>下一步做什么，由谁跟进</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="258"/>
        <source>Counter-measure</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="272"/>
        <source>Record a promise to pay</source>
        <translation>同时记录付款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="286"/>
        <source>Will pay by *</source>
        <translation>承诺付款日 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="287"/>
        <source>Amount *</source>
        <translation>金额 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="297"/>
        <source>The outcome is then “Promised to pay”; the promise is tracked.</source>
        <translation>结果随之记为“承诺付款”，系统会跟踪是否兑现。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../ui/collection_models.py" line="170"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="171"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="172"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="173"/>
        <source>Spoke to</source>
        <translation>接洽人</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="174"/>
        <source>Excuse</source>
        <translation>借口</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="175"/>
        <source>What they said</source>
        <translation>对方说法</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="176"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="177"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="183"/>
        <source>#{id}, corrected by #{by}</source>
        <translation>#{id}，已由 #{by} 更正</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="187"/>
        <source>#{id}, correction of #{of}</source>
        <translation>#{id}，更正 #{of}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="194"/>
        <source>{channel} (level {level})</source>
        <translation>{channel}（第 {level} 级）</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="218"/>
        <source>Corrected on {date} by entry #{id}</source>
        <translation>已于 {date} 由记录 #{id} 更正</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="225"/>
        <source>Correction of entry #{id} of {date}</source>
        <translation>更正 {date} 的记录 #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="232"/>
        <source>Counter-measure: {text}</source>
        <translation>应对措施：{text}</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../../ui/collection_tabs.py" line="53"/>
        <source>New entry…</source>
        <translation>新增记录…</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="56"/>
        <source>Record a call, visit, letter or message about the debts</source>
        <translation>记录一次关于欠款的电话、拜访、信函或消息</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="59"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="62"/>
        <source>Add a correction of the selected entry; the original stays in the log</source>
        <translation>为所选记录添加更正；原记录仍保留在催款记录中</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="67"/>
        <source>The log is evidence in a dispute: entries cannot be edited or deleted. A mistake is corrected by a new entry; the original stays, struck through.</source>
        <translation>催款记录是发生争议时的证据：记录不能修改或删除。记错了就新增一条更正记录；原记录保留，并以删除线标出。</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="79"/>
        <source>Select an entry to read it in full.</source>
        <translation>选中一条记录即可查看全文。</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="84"/>
        <source>Collection log</source>
        <translation>催款记录</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="103"/>
        <source>Select an entry that is not corrected yet (correct its correction).</source>
        <translation>请选择尚未更正的记录（已更正的，请更正其更正记录）。</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="124"/>
        <source>Excuse: {excuse}</source>
        <translation>借口：{excuse}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="130"/>
        <source>Counter-measure: {text}</source>
        <translation>应对措施：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="133"/>
        <source>What they said: {text}</source>
        <translation>对方说法：{text}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="135"/>
        <source>Notes: {text}</source>
        <translation>备注：{text}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Kehu customer files — {db}</source>
        <extracomment>emitted when the first page of the list has been loaded</extracomment>
        <translation>客户档案 — {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Collection workbench</source>
        <translation>催收工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>New individual…</source>
        <translation>新建个人客户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>New corporate customer…</source>
        <translation>新建单位客户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <location filename="../../ui/main_window.py" line="647"/>
        <source>Open card</source>
        <translation>打开资料卡</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Account and collection…</source>
        <translation>往来账与催收…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Import customers…</source>
        <translation>导入客户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Export customers…</source>
        <translation>导出客户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Export selected…</source>
        <translation>导出选中的客户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Receivables and collection…</source>
        <translation>应收与催收…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <location filename="../../ui/main_window.py" line="846"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Restore from archive</source>
        <translation>从归档恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Delete permanently…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Remove from this group</source>
        <translation>移出当前分组</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Statements of account…</source>
        <translation>对账单…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Dunning letters…</source>
        <translation>催款函…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Labels and envelopes…</source>
        <translation>标签和信封…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Statement for the selected…</source>
        <translation>为所选客户打印对账单…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Dunning letter for the selected…</source>
        <translation>为所选客户打印催款函…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Labels for the selected…</source>
        <translation>为所选客户打印标签…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Company and letterhead…</source>
        <translation>公司信息与信头…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Dunning letter templates…</source>
        <translation>催款函模板…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Upcoming birthdays…</source>
        <translation>近期生日…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Greeting list…</source>
        <translation>问候名单…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>Holidays…</source>
        <translation>节日…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Greeting texts…</source>
        <translation>问候文本…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Greeting settings…</source>
        <translation>问候设置…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Search name, pinyin (zs), number, phone… (Ctrl+F)</source>
        <translation>搜索名称、拼音首字母（zs）、编号、电话…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Active</source>
        <translation>未归档</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Active and archived</source>
        <translation>全部（含已归档）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>&amp;Groups</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>&amp;Documents</source>
        <translation>单据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>G&amp;reetings</source>
        <translation>问候(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <location filename="../../ui/main_window.py" line="953"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <location filename="../../ui/main_window.py" line="960"/>
        <source>About Kehu</source>
        <translation>关于客户档案</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>{shown}+ customers (counting…)</source>
        <translation>{shown}+ 位客户（正在统计总数…）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="571"/>
        <source>{shown}+ customers</source>
        <translation>{shown}+ 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>{shown} of {total} customers shown (scroll for more)</source>
        <translation>共 {total} 位客户，已显示 {shown} 位（向下滚动显示更多）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="577"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="706"/>
        <location filename="../../ui/main_window.py" line="932"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="706"/>
        <location filename="../../ui/main_window.py" line="747"/>
        <source>Choose one or more customers in the list first.</source>
        <translation>请先在列表中选择一位或多位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="747"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="848"/>
        <source>Archive %n customer(s)? Archived cards are hidden from the lists but nothing is deleted; you can restore them any time.</source>
        <translation>
            <numerusform>将 %n 位客户归档吗？归档后不在列表中显示，但资料不会删除，随时可以恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="869"/>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="871"/>
        <source>Delete this archived customer for good? Right after, Edit → Undo can still bring it back.</source>
        <translation>要永久删除这位已归档的客户吗？刚删除之后，仍可通过“编辑 → 撤销”找回。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="895"/>
        <source>Kehu</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="903"/>
        <location filename="../../ui/main_window.py" line="907"/>
        <source>Database problem</source>
        <translation>数据库出错</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="909"/>
        <source>The database could not be read or written ({reason}). Nothing was changed. Try again in a moment.</source>
        <translation>无法读写数据库（{reason}）。数据没有任何改动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="924"/>
        <source>Add to group</source>
        <translation>加入分组</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="954"/>
        <source>The new language is used the next time Kehu starts.</source>
        <translation>新的界面语言将在下次启动客户档案时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="962"/>
        <source>Kehu customer files 0.1

Customer cards, groups and collections for small and medium businesses.

Chinese font: WenQuanYi Micro Hei (Apache License 2.0).</source>
        <translation>客户档案 0.1

面向中小企业的客户资料卡、客户分组与货款催收。

中文字体：文泉驿微米黑（Apache License 2.0）。</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="145"/>
        <location filename="../../ui/import_models.py" line="213"/>
        <source>(ignore)</source>
        <extracomment>A list of (label, value) the combo delegate offers for a cell. How many rows the mapping page previews. How many sample values the mapping table shows per column.</extracomment>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="191"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="191"/>
        <source>Imports into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="191"/>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="210"/>
        <source>(no header)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="458"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="461"/>
        <source>Tell Kehu what each column of the file holds. Columns set to “(ignore)” are not imported.</source>
        <translation>请告诉客户档案文件中每一列的内容。设为“（忽略）”的列不导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="470"/>
        <source>&amp;Guess from the headers</source>
        <translation>按标题识别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="507"/>
        <source>Preview: the first rows as they will be imported</source>
        <translation>预览：前几行导入后的样子</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="527"/>
        <source>The columns are set as in your last import of a file with these headers.</source>
        <translation>各列已按上次导入相同标题文件时的设置填好。</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="531"/>
        <location filename="../../ui/import_pages.py" line="542"/>
        <source>Kehu guessed the columns from the headers: please check.</source>
        <translation>已根据标题识别各列：请核对。</translation>
    </message>
</context>
<context>
    <name>OpenDebtsModel</name>
    <message>
        <location filename="../../ui/open_debts_model.py" line="73"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="74"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="75"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="76"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="77"/>
        <source>Open</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="78"/>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="79"/>
        <source>Class</source>
        <translation>账款类别</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="80"/>
        <source>Dispute hold</source>
        <translation>争议挂起</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="145"/>
        <source>{cls} (set by hand)</source>
        <translation>{cls}（手动设定）</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="155"/>
        <source>{reason} (until {date})</source>
        <translation>{reason}（至 {date}）</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="166"/>
        <source>Disputed, held out of collection: {hold}</source>
        <translation>有争议，暂停催收：{hold}</translation>
    </message>
    <message>
        <location filename="../../ui/open_debts_model.py" line="171"/>
        <source>Class set by hand: {reason}</source>
        <translation>手动设定类别：{reason}</translation>
    </message>
</context>
<context>
    <name>OutputOptionsDialog</name>
    <message>
        <location filename="../../ui/greeting_output_options.py" line="32"/>
        <source>On a part-used sheet, the position of the first free label</source>
        <translation>在用过一部分的标签纸上，第一个空白标签的位置</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_output_options.py" line="37"/>
        <source>Address labels</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_output_options.py" line="43"/>
        <source>Sheet</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_output_options.py" line="44"/>
        <source>Start at label</source>
        <translation>从第几个标签开始</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_output_options.py" line="46"/>
        <source>Envelopes</source>
        <translation>信封</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_output_options.py" line="50"/>
        <source>Envelope</source>
        <translation>信封</translation>
    </message>
    <message>
        <location filename="../../ui/greeting_output_options.py" line="54"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="517"/>
        <source>Record a payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="521"/>
        <source>Date received *</source>
        <translation>收款日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="522"/>
        <source>Amount *</source>
        <translation>金额 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="524"/>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="525"/>
        <location filename="../../ui/posting_dialogs.py" line="583"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="526"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="528"/>
        <source>Pick the invoices it pays</source>
        <translation>指定冲抵的发票</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="535"/>
        <source>Type in “Put on it” how much of the payment goes to each invoice. What is not put on an invoice goes to the oldest debts first.</source>
        <translation>在“本次冲抵”一栏填写本次收款冲抵各张发票的金额。未指定的部分按先到期先冲抵。</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="559"/>
        <source>There are no open debts to pick.</source>
        <translation>没有可指定的未结欠款。</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="579"/>
        <source>Cheque number *</source>
        <translation>支票号 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="579"/>
        <source>the number on the cheque</source>
        <translation>支票上的号码</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="581"/>
        <source>Bill number *</source>
        <translation>汇票号 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="581"/>
        <source>the number of the acceptance bill</source>
        <translation>银行承兑汇票的票号</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="583"/>
        <source>bank reference, receipt number…</source>
        <translation>银行流水号、收据号…</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="597"/>
        <source>Picked: some amounts are not readable yet.</source>
        <translation>已指定：部分金额还无法识别。</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="603"/>
        <source>Picked {picked}; enter the amount received.</source>
        <translation>已指定 {picked}；请填写收款金额。</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="612"/>
        <source>Picked {picked}: {over} more than the amount received.</source>
        <translation>已指定 {picked}：比收款金额多 {over}。</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="620"/>
        <source>Picked {picked}; left unallocated {rest} (goes to the oldest debts).</source>
        <translation>已指定 {picked}；未分配 {rest}（按先到期先冲抵）。</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="658"/>
        <source>{number}: {problem}</source>
        <translation>{number}：{problem}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="279"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="281"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="283"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="285"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="287"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pdf_preview.py" line="342"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="352"/>
        <source>it is protected by a password.</source>
        <translation>文件受密码保护。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="354"/>
        <source>it is not a PDF file, or it is damaged.</source>
        <translation>这不是 PDF 文件，或者文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="356"/>
        <source>The document cannot be shown: {reason}

This is a fault in Kehu, not in what you did; please report it.</source>
        <translation>无法显示该文档：{reason}

这是客户档案程序本身的问题，不是您操作有误；请反馈给技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="430"/>
        <location filename="../../ui/pdf_preview.py" line="450"/>
        <location filename="../../ui/pdf_preview.py" line="461"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="441"/>
        <source>No pages in the chosen range: nothing printed.</source>
        <translation>所选范围内没有页面，未打印任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="452"/>
        <source>The printer {printer} cannot be used. Check that it is switched on and connected, or choose another one.</source>
        <translation>无法使用打印机 {printer}。请检查打印机是否已开机并连接好，或者选择其他打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="454"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="470"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="474"/>
        <source>Printing page {page} of {total}…</source>
        <translation>正在打印第 {page} 页，共 {total} 页…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="458"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="490"/>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pdf_preview.py" line="492"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已向打印机发送 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="513"/>
        <location filename="../../ui/pdf_preview.py" line="525"/>
        <location filename="../../ui/pdf_preview.py" line="533"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="513"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="527"/>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="534"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="72"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="74"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="95"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="108"/>
        <source>(no preview)</source>
        <translation>（无法预览）</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="114"/>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="117"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/company_settings_dialog.py" line="117"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="115"/>
        <source>New instalment plan</source>
        <translation>新建还款计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="120"/>
        <source>Agreed on *</source>
        <translation>约定日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="121"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="121"/>
        <source>e.g. signed by Mr Wang, finance</source>
        <translation>如：对方财务王先生签字</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="144"/>
        <source>Add a row</source>
        <translation>添加一期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="146"/>
        <source>Remove the row</source>
        <translation>删除该期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="170"/>
        <source>Fill in the rows from a total</source>
        <translation>按总额自动分期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="191"/>
        <source>Monthly</source>
        <translation>每月一期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="192"/>
        <source>Weekly</source>
        <translation>每周一期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="196"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="197"/>
        <source>Instalments</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="198"/>
        <source>First due on</source>
        <translation>首期到期日</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="199"/>
        <source>Then</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="200"/>
        <source>Fill in the rows</source>
        <translation>生成分期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="203"/>
        <source>Equal amounts; the remaining fen go on the last instalment.</source>
        <translation>各期金额相同；除不尽的零头（分）计入最后一期。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="225"/>
        <source>Type the total to split, e.g. 3000</source>
        <translation>请填写要分期的总额，如 3000</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_dialogs.py" line="230"/>
        <source>Too little to split into %n instalment(s)</source>
        <translation>
            <numerusform>金额太小，无法分成 %n 期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_dialogs.py" line="273"/>
        <source>%n instalment(s), {total} in all</source>
        <translation>
            <numerusform>共 %n 期，合计 {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="277"/>
        <source> (some amounts are not readable yet)</source>
        <translation>（部分金额尚无法识别）</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="278"/>
        <source>; balance now {balance}</source>
        <translation>；当前欠款余额 {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_dialogs.py" line="305"/>
        <source>No. {number}: {problem}</source>
        <translation>第 {number} 期：{problem}</translation>
    </message>
</context>
<context>
    <name>PlansDueModel</name>
    <message>
        <location filename="../../ui/workbench_models.py" line="737"/>
        <source>Number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="738"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="739"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="740"/>
        <source>Next instalment</source>
        <translation>下期还款日</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="741"/>
        <source>Still due on it</source>
        <translation>本期未还</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="742"/>
        <source>Overdue instalments</source>
        <translation>逾期期数</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="743"/>
        <source>Overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="744"/>
        <source>Left on the plan</source>
        <translation>计划剩余</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="745"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="750"/>
        <source>The first instalment the payments do not cover yet</source>
        <translation>已收款项尚未还清的最早一期</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="752"/>
        <source>The plan&apos;s total less what the payments since it was agreed cover</source>
        <translation>计划总额减去约定以来收到的还款</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="796"/>
        <source>Agreed on {date}, total {total}, paid since {paid}</source>
        <translation>{date} 约定，总额 {total}，此后已还 {paid}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="804"/>
        <source>{seq}. {date}  {amount}  {status}</source>
        <translation>第 {seq} 期  {date}  {amount}  {status}</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../ui/plan_models.py" line="36"/>
        <source>Agreed on</source>
        <translation>约定日期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="38"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="39"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="40"/>
        <source>Still due</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="41"/>
        <source>Next instalment</source>
        <translation>下一期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="42"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="51"/>
        <source>{status} on {date}</source>
        <translation>{date} {status}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="64"/>
        <source>{date}: {amount}</source>
        <translation>{date}：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_models.py" line="73"/>
        <source>Overdue instalments: {amount} not paid</source>
        <translation>逾期未付：{amount}</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/plan_page.py" line="35"/>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="38"/>
        <source>Write down the instalments the customer agreed to</source>
        <translation>记下客户同意的分期还款安排</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="41"/>
        <source>Cancel plan…</source>
        <translation>取消计划…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="44"/>
        <source>Cancel the selected plan, with the reason</source>
        <translation>取消所选计划，须注明原因</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="68"/>
        <source>Instalment plans</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="81"/>
        <source>Instalment overdue: {amount} was due on {date}</source>
        <translation>分期款逾期：{amount} 已于 {date} 到期</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="83"/>
        <source>Next instalment: {amount} due on {date}</source>
        <translation>下一期：{date} 到期，{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="87"/>
        <source>No active instalment plan.</source>
        <translation>目前没有执行中的还款计划。</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="102"/>
        <source>Instalments of the plan agreed on {date}</source>
        <translation>{date} 约定的计划各期明细</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="106"/>
        <source>Instalments</source>
        <translation>各期明细</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="115"/>
        <source>Select a plan that is not cancelled.</source>
        <translation>请选择一个未取消的计划。</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="148"/>
        <source>Post</source>
        <translation>记账</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="150"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="195"/>
        <source>For example 1234.50, 1,234.50 or ¥1234.5</source>
        <translation>例如 1234.50、1,234.50 或 ¥1234.5</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="253"/>
        <source>Not posted: please correct the fields marked in red. Your input is kept.</source>
        <translation>未记账：请修改标红的栏目，已填写的内容仍保留。</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="269"/>
        <source>Not posted: please correct the fields marked in red.</source>
        <translation>未记账：请修改标红的栏目。</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="272"/>
        <source>Not posted: something changed meanwhile; please check and post again.</source>
        <translation>未记账：数据在此期间有变动，请核对后重新记账。</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="274"/>
        <source>Not posted: {reason}</source>
        <translation>未记账：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="277"/>
        <source>Not posted: the database could not be written ({reason}). Your input is kept; try again in a moment.</source>
        <translation>未记账：无法写入数据库（{reason}）。已填写的内容仍保留，请稍后重试。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="306"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="361"/>
        <source>New promise to pay</source>
        <translation>新增付款承诺</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="364"/>
        <source>Promise made on *</source>
        <translation>承诺日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="366"/>
        <source>Will pay by *</source>
        <translation>承诺付款日 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="368"/>
        <source>Amount *</source>
        <translation>金额 *</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="369"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="369"/>
        <source>e.g. by bank transfer, signed</source>
        <translation>如：银行转账，已签字</translation>
    </message>
    <message>
        <location filename="../../ui/collection_dialogs.py" line="372"/>
        <source>Kept or broken is worked out from the payments received from the day the promise was made to the promised day.</source>
        <translation>是否兑现，按承诺当天至承诺付款日之间收到的付款自动判断。</translation>
    </message>
</context>
<context>
    <name>PromisesModel</name>
    <message>
        <location filename="../../ui/collection_models.py" line="268"/>
        <source>Made on</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="269"/>
        <source>Promised for</source>
        <translation>承诺付款日</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="270"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="271"/>
        <source>Paid so far</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="272"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="273"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="289"/>
        <source>in log entry #{id}</source>
        <translation>见催款记录 #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/collection_models.py" line="297"/>
        <source>Payments from {made} to {due} count: {paid} paid, {left} still to pay</source>
        <translation>按 {made} 至 {due} 的收款计算：已付 {paid}，尚差 {left}</translation>
    </message>
</context>
<context>
    <name>PromisesPage</name>
    <message>
        <location filename="../../ui/collection_tabs.py" line="175"/>
        <source>New promise…</source>
        <translation>新增承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="178"/>
        <source>Write down the day and the amount the customer promised</source>
        <translation>记下客户承诺的付款日期和金额</translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="187"/>
        <source>Promises</source>
        <translation>承诺付款</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/collection_tabs.py" line="199"/>
        <source>%n promise(s) due today</source>
        <translation>
            <numerusform>%n 笔承诺今天到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/collection_tabs.py" line="201"/>
        <source>%n promise(s) broken</source>
        <translation>
            <numerusform>%n 笔承诺已违约</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/collection_tabs.py" line="202"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../ui/workbench_models.py" line="304"/>
        <source>Rank</source>
        <extracomment>text columns sorted in pinyin order (names) columns the table cannot be sorted on the column and order that give the domain&apos;s order</extracomment>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="305"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="306"/>
        <source>Number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="307"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="308"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="309"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="310"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="311"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="312"/>
        <source>Worst class</source>
        <translation>最差分类</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="313"/>
        <source>Broken promises</source>
        <translation>违约承诺</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="314"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="315"/>
        <source>Warning signs</source>
        <translation>预警信号</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="320"/>
        <source>Score 0–100: overdue amount ({amount}), age ({age}), class ({cls}), broken promises ({promises}), days since last contact ({contact})</source>
        <translation>评分 0–100：逾期金额（{amount}）、账龄（{age}）、分类（{cls}）、违约承诺（{promises}）、距上次联系天数（{contact}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="332"/>
        <source>The place in the collection plan: 1 is the customer to act on first</source>
        <translation>在催收计划中的名次：第 1 名是最先要处理的客户</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="336"/>
        <source>Open amounts past their due date, debts on hold left out</source>
        <translation>已过到期日的未结金额，争议挂起的欠款不计</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="338"/>
        <source>Days past due of the oldest overdue debt</source>
        <translation>最早一笔逾期欠款已逾期的天数</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="340"/>
        <source>The worst class among the overdue debts</source>
        <translation>各笔逾期欠款中最差的分类</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="342"/>
        <source>Promises to pay broken recently (see the business settings)</source>
        <translation>近期违约的付款承诺（统计天数见业务设置）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="344"/>
        <source>The latest entry in the collection log</source>
        <translation>催款记录中最近的一条</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="347"/>
        <source>Warning signs you flagged and signs derived from the ledger; hover over a row for the details</source>
        <translation>您标记的预警信号，以及根据账目推断的信号；鼠标悬停在行上可查看详情</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="401"/>
        <source>%n flagged</source>
        <translation>
            <numerusform>已标记 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="415"/>
        <source>{sign}: {explanation}</source>
        <translation>{sign}：{explanation}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="421"/>
        <source>Flagged on {date}: {sign}</source>
        <translation>{date} 标记：{sign}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="426"/>
        <source>{flag} ({note})</source>
        <translation>{flag}（{note}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="434"/>
        <source>%n warning sign(s) flagged</source>
        <translation>
            <numerusform>已标记 %n 项预警信号</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="436"/>
        <source>The signs derived from the ledger are being computed…</source>
        <translation>正在根据账目推算预警信号…</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="451"/>
        <source>Score {score} of 100, the sum of:</source>
        <translation>评分 {score}（满分 100），由以下各项相加：</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="452"/>
        <source>overdue amount {points} of {max}</source>
        <translation>逾期金额 {points}（满分 {max}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="455"/>
        <source>age {points} of {max}</source>
        <translation>账龄 {points}（满分 {max}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="458"/>
        <source>class {points} of {max}</source>
        <translation>分类 {points}（满分 {max}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="461"/>
        <source>broken promises {points} of {max}</source>
        <translation>违约承诺 {points}（满分 {max}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="464"/>
        <source>contact {points} of {max}</source>
        <translation>距上次联系 {points}（满分 {max}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="493"/>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="524"/>
        <source>%n overdue debt(s)</source>
        <translation>
            <numerusform>%n 笔逾期欠款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="527"/>
        <source>No contact in the collection log yet</source>
        <translation>催款记录中还没有联系记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="528"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivablesOverview</name>
    <message>
        <location filename="../../ui/receivables_overview.py" line="169"/>
        <source>The ageing is computed as it stood at the end of this day</source>
        <translation>按这一天结束时的账目计算账龄</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="171"/>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="174"/>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="175"/>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="179"/>
        <source>All salespersons</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="181"/>
        <source>&amp;Salesperson:</source>
        <translation>业务员(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="186"/>
        <source>All classes</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="190"/>
        <source>Only debts of this class; over-payments are then left out</source>
        <translation>只统计该分类的欠款；此时不含预收/贷方余额</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="192"/>
        <source>&amp;Class:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="195"/>
        <source>Include a&amp;rchived customers</source>
        <translation>包括已归档客户(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="200"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="286"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="289"/>
        <source>UTF-8 with a byte order mark: Excel and WPS open it directly</source>
        <translation>UTF-8 编码（带 BOM）：Excel 和 WPS 可直接打开</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="291"/>
        <source>Export GBK CSV…</source>
        <translation>导出 GBK CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="294"/>
        <source>For older programs that read only GBK; rare characters cannot be written</source>
        <translation>供只能读取 GBK 编码的旧软件使用；生僻字无法写入</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="296"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="366"/>
        <source>(No salesperson)</source>
        <translation>（无业务员）</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="416"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="451"/>
        <source>The database could not be read ({reason}). Try again in a moment.</source>
        <translation>无法读取数据库（{reason}）。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="456"/>
        <source>The receivables could not be loaded because of an internal error in Kehu ({error}). This is not something you did.</source>
        <translation>客户档案程序发生内部错误（{error}），无法加载应收账款。这是程序本身的问题，不是您操作有误。</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="461"/>
        <source>Customers with a balance: {count} · as of {date}</source>
        <translation>有余额的客户：{count} 位 · 截至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="498"/>
        <source>Receivables ageing {date}</source>
        <translation>应收账款账龄 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="508"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="509"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="511"/>
        <source>Export GBK CSV</source>
        <translation>导出 GBK CSV</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="512"/>
        <source>CSV file, GBK (*.csv)</source>
        <translation>CSV 文件，GBK 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="514"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="515"/>
        <source>CSV file, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="551"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="560"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="573"/>
        <source>The file could not be written because of an internal error in Kehu ({error}). This is not something you did.</source>
        <translation>客户档案程序发生内部错误（{error}），无法写入文件。这是程序本身的问题，不是您操作有误。</translation>
    </message>
    <message>
        <location filename="../../ui/receivables_overview.py" line="581"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../ui/import_models.py" line="361"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="362"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="363"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="364"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="365"/>
        <source>Severity</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="383"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/import_models.py" line="383"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="895"/>
        <source>Reverse an entry</source>
        <translation>冲销账目</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="900"/>
        <source>{kind} of {date}, {amount} {reference}</source>
        <translation>{date} 的{kind}，{amount} {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="911"/>
        <source>Reverses</source>
        <translation>冲销对象</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="914"/>
        <source>The debts it settled open again. Nothing is deleted: the entry and its reversal both stay on the ledger.</source>
        <translation>冲销后，原先由它结清的欠款重新变为未结。不删除任何记录：原账目和冲销记录都保留在账上。</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="920"/>
        <source>Date *</source>
        <translation>冲销日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="922"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="922"/>
        <source>e.g. cheque bounced, wrong customer</source>
        <translation>例如：支票退票、记错客户</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="924"/>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
</context>
<context>
    <name>SignsPage</name>
    <message>
        <location filename="../../ui/risk_pages.py" line="51"/>
        <source>Flag a sign…</source>
        <translation>标记预警…</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="54"/>
        <source>Write down a warning sign you saw, e.g. key staff changed</source>
        <translation>记下发现的风险信号，如关键人员变更</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="57"/>
        <source>Clear…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="60"/>
        <source>The selected sign is gone or was a false alarm</source>
        <translation>所选信号已消除或属误报</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="62"/>
        <source>Flagged by you</source>
        <translation>人工标记</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="69"/>
        <source>Computed from the ledger</source>
        <translation>系统根据账目推算</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="75"/>
        <source>Worked out each time from the payments, promises and instalment plans: slower payment, broken promises, over the credit limit, missed instalments. They cannot be cleared by hand; they go when the cause goes.</source>
        <translation>每次根据付款、付款承诺和还款计划推算：付款变慢、承诺违约、超出信用额度、分期逾期。不能手工解除；原因消除后自动消失。</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="86"/>
        <source>None at the moment.</source>
        <translation>目前没有。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk_pages.py" line="95"/>
        <source>Warning signs (%n)</source>
        <translation>
            <numerusform>风险预警（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="96"/>
        <source>Warning signs</source>
        <translation>风险预警</translation>
    </message>
    <message>
        <location filename="../../ui/risk_pages.py" line="124"/>
        <source>Select a flagged sign that is still open.</source>
        <translation>请选择一条尚未解除的人工标记。</translation>
    </message>
</context>
<context>
    <name>StorageWarningBar</name>
    <message>
        <location filename="../../ui/storage_warning.py" line="54"/>
        <source>Hide this warning until Kehu starts again</source>
        <translation>在客户档案下次启动之前不再显示此警告</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../ui/import_pages.py" line="146"/>
        <source>Cancel</source>
        <extracomment>Persistent combo editors are opened for at most this many table rows.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/import_pages.py" line="191"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TodayNotice</name>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Hide this notice</source>
        <translation>隐藏此提示</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="104"/>
        <source>%n customer(s) have a birthday or anniversary today</source>
        <translation>
            <numerusform>今天有 %n 位客户过生日或纪念日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>UndoAction</name>
    <message>
        <location filename="../../ui/undo_action.py" line="51"/>
        <source>Undo delete of {name}</source>
        <extracomment>Names listed in the question; more are counted.</extracomment>
        <translation>撤销删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/undo_action.py" line="53"/>
        <source>Undo archive of {name}</source>
        <translation>撤销归档“{name}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/undo_action.py" line="54"/>
        <source>Undo archive of %n customer(s)</source>
        <translation>
            <numerusform>撤销归档%n位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/undo_action.py" line="60"/>
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names}及另外%n位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/undo_action.py" line="64"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/undo_action.py" line="72"/>
        <source>There is no archive or delete of yours left to undo.</source>
        <translation>您没有可撤销的归档或删除操作。</translation>
    </message>
    <message>
        <location filename="../../ui/undo_action.py" line="78"/>
        <source>Bring back the card {names}, deleted on {when}, with its contact persons and groups? It comes back among the archived cards, as it was before the delete.</source>
        <translation>要找回{when}删除的客户资料卡{names}及其联系人和分组吗？它将按删除前的状态出现在已归档的资料卡中。</translation>
    </message>
    <message>
        <location filename="../../ui/undo_action.py" line="82"/>
        <source>Take {names} out of the archive again (archived on {when})?</source>
        <translation>要将{names}（归档于{when}）重新移出归档吗？</translation>
    </message>
    <message>
        <location filename="../../ui/undo_action.py" line="95"/>
        <source>{names} is back, among the archived cards.</source>
        <translation>{names}已找回，位于已归档的资料卡中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/undo_action.py" line="99"/>
        <source>%n card(s) taken out of the archive.</source>
        <translation>
            <numerusform>已将%n份资料卡移出归档。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/undo_action.py" line="106"/>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../../ui/undo_action.py" line="108"/>
        <source>The database could not be read or written ({reason}). Nothing was changed. Try again in a moment.</source>
        <translation>无法读写数据库（{reason}）。没有做任何改动。请稍后重试。</translation>
    </message>
</context>
<context>
    <name>UnreturnedModel</name>
    <message>
        <location filename="../../ui/workbench_models.py" line="844"/>
        <source>Number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="845"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="846"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="847"/>
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="848"/>
        <source>Statement date</source>
        <translation>对账截止日</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="849"/>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="850"/>
        <source>Balance stated</source>
        <translation>对账余额</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="851"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="856"/>
        <source>The balance the statement asked the customer to confirm</source>
        <translation>对账单上请客户确认的余额</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_models.py" line="873"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingDialog</name>
    <message>
        <location filename="../../ui/upcoming_view.py" line="67"/>
        <source>Upcoming birthdays and anniversaries</source>
        <extracomment>a row was double-clicked (or Enter pressed on it): open this customer&apos;s card the list for the current number of days is on screen loading failed; the message shown</extracomment>
        <translation>近期生日与纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_view.py" line="77"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_view.py" line="82"/>
        <source>Look ahead:</source>
        <translation>提前查看：</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_view.py" line="113"/>
        <source>Greeting list…</source>
        <translation>问候名单…</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_view.py" line="117"/>
        <source>Make the greeting list of the birthdays in these days</source>
        <translation>为这些天的生日生成问候名单</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_view.py" line="121"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_view.py" line="159"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_view.py" line="162"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_view.py" line="180"/>
        <source>No birthdays or anniversaries in these days.</source>
        <translation>这些天没有生日或纪念日。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/upcoming_view.py" line="182"/>
        <source>%n birthday(s) and anniversary(ies)</source>
        <translation>
            <numerusform>%n 个生日和纪念日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/upcoming_view.py" line="184"/>
        <source>%n today</source>
        <translation>
            <numerusform>今天 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_view.py" line="203"/>
        <source>The list could not be read ({reason}). Try again in a moment.</source>
        <translation>无法读取列表（{reason}）。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <location filename="../../ui/upcoming_model.py" line="60"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="61"/>
        <source>Who</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="62"/>
        <source>Card</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="63"/>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="64"/>
        <source>Birthday as entered</source>
        <translation>登记的生日</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="65"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="66"/>
        <source>Zodiac</source>
        <translation>生肖</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="67"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="131"/>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="131"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="134"/>
        <source>founded {date}</source>
        <translation>成立于 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="151"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="153"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/upcoming_model.py" line="155"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="164"/>
        <source>{nth} anniversary</source>
        <comment>{nth}: 12th in English, 12 in Chinese</comment>
        <translation>{nth} 周年</translation>
    </message>
    <message>
        <location filename="../../ui/upcoming_model.py" line="167"/>
        <source>turns {n}</source>
        <translation>{n} 岁</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="93"/>
        <source>Waive late-payment charges</source>
        <translation>减免违约金</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/risk_dialogs.py" line="101"/>
        <source>%n charge(s), {amount} in all, computed as of {date}</source>
        <translation>
            <numerusform>%n 笔违约金，合计 {amount}（计至 {date}）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="107"/>
        <source>Waives</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="109"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="109"/>
        <source>e.g. settlement agreed, long-standing customer</source>
        <translation>如：已达成和解、多年老客户</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="113"/>
        <source>Nothing is posted to the ledger. The days up to this date are not charged again; later days are.</source>
        <translation>不记入账上。截至该日的违约金不再计收；此后的天数照常计算。</translation>
    </message>
    <message>
        <location filename="../../ui/risk_dialogs.py" line="117"/>
        <source>Waive</source>
        <translation>减免</translation>
    </message>
</context>
<context>
    <name>WorkbenchPromisesModel</name>
    <message>
        <location filename="../../ui/workbench_models.py" line="646"/>
        <source>Number</source>
        <extracomment>The order of the statuses: today&apos;s first, then the broken ones, then those ahead.</extracomment>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="647"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="648"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="649"/>
        <source>Promised for</source>
        <translation>承诺付款日</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="650"/>
        <source>Amount</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="651"/>
        <source>Paid so far</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="652"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="653"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="658"/>
        <source>Payments from the day of the promise to the promised day</source>
        <translation>从承诺当天到承诺付款日之间收到的付款</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_models.py" line="693"/>
        <source>Promised on {made}: {amount} by {due}; still due {left}</source>
        <translation>{made} 承诺在 {due} 前付 {amount}；尚欠 {left}</translation>
    </message>
</context>
<context>
    <name>WorkbenchView</name>
    <message>
        <location filename="../../ui/workbench_view.py" line="170"/>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="171"/>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="175"/>
        <source>All salespersons</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="177"/>
        <source>&amp;Salesperson:</source>
        <translation>业务员(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="182"/>
        <source>The lists are made for this day</source>
        <translation>各清单按这一天生成</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="184"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="186"/>
        <source>Load the lists again (F5)</source>
        <translation>重新加载各清单（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="247"/>
        <source>{formula}. Hover over a score for its parts; double-click a row or press Enter to open the customer.</source>
        <translation>{formula}。鼠标悬停在评分上可查看各项得分；双击一行或按回车键打开该客户。</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="327"/>
        <source>(No salesperson)</source>
        <translation>（无业务员）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="395"/>
        <source>Today: {date}</source>
        <translation>今天：{date}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="399"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="422"/>
        <source>Updated at {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="445"/>
        <source>The database could not be read ({reason}). Try again in a moment.</source>
        <translation>无法读取数据库（{reason}）。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="450"/>
        <source>The workbench could not be loaded because of an internal error in Kehu ({error}). This is not something you did.</source>
        <translation>客户档案程序发生内部错误（{error}），无法加载催收工作台。这是程序本身的问题，不是您操作有误。</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="472"/>
        <source>Overdue customers, most urgent first ({count})</source>
        <translation>逾期客户·按紧急程度（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="475"/>
        <source>Due soon — call ahead to confirm ({count})</source>
        <translation>即将到期·提前确认（{count}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_view.py" line="478"/>
        <source>Due in the next %n day(s) — call ahead to confirm ({count})</source>
        <translation>
            <numerusform>%n 天内到期·提前确认（{count}）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="482"/>
        <source>Promises ({count})</source>
        <translation>承诺付款（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="485"/>
        <source>Instalments due ({count})</source>
        <translation>分期还款到期（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="489"/>
        <source>Balance confirmations not returned ({count})</source>
        <translation>未回函的对账单（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="499"/>
        <source>Open debts falling due from today to {date}: call the customer to confirm the date and the amount. Debts on hold are left out.</source>
        <translation>从今天到 {date} 到期的未结欠款：请提前致电客户，确认付款日期和金额。争议挂起的欠款不列入。</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="505"/>
        <source>Due today: {today} · Broken in the last {days} days: {broken} · Coming up by {until}: {upcoming}</source>
        <translation>今天到期：{today} · 近 {days} 天违约：{broken} · {until} 前到期：{upcoming}</translation>
    </message>
    <message>
        <location filename="../../ui/workbench_view.py" line="517"/>
        <source>Active instalment plans with an instalment overdue or falling due by {date}. Hover over a row for the schedule.</source>
        <translation>有一期已逾期或将在 {date} 前到期的进行中还款计划。鼠标悬停在行上可查看各期明细。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workbench_view.py" line="523"/>
        <source>Balance confirmations sent more than %n day(s) ago and still waiting for the signed reply: ask for it, or send the statement again.</source>
        <translation>
            <numerusform>寄出已超过 %n 天仍未收到签字回函的对账单：请催要回函，或重新寄送对账单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="834"/>
        <source>Write off debts</source>
        <translation>核销欠款</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="838"/>
        <source>Date *</source>
        <translation>核销日期 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="840"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="840"/>
        <source>e.g. customer bankrupt, court ruling</source>
        <translation>例如：客户破产、法院裁定</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="842"/>
        <source>Only part</source>
        <translation>部分核销</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="842"/>
        <source>all that is open</source>
        <translation>全部未结金额</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="853"/>
        <source>Write off</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="862"/>
        <source>Write off only part of this debt</source>
        <translation>只核销这笔欠款的一部分</translation>
    </message>
    <message>
        <location filename="../../ui/posting_dialogs.py" line="864"/>
        <source>A part can be written off only when one debt is ticked</source>
        <translation>只勾选一笔欠款时才能部分核销</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/posting_dialogs.py" line="871"/>
        <source>Writes off %n debt(s), {amount} in all</source>
        <translation>
            <numerusform>核销 %n 笔欠款，共 {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/checks.py" line="62"/>
        <source>Database file integrity</source>
        <extracomment>How many offending customer numbers a finding lists.</extracomment>
        <translation>数据库文件完整性</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="63"/>
        <source>References between tables</source>
        <translation>数据表之间的引用</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="64"/>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="65"/>
        <source>Customer numbers</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="66"/>
        <source>Search keys</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="67"/>
        <source>Sort keys</source>
        <translation>排序键</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="68"/>
        <source>Contact persons</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="69"/>
        <source>Group memberships</source>
        <translation>分组成员关系</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="70"/>
        <source>Receivables ledger</source>
        <translation>应收账款明细账</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="127"/>
        <source>Could not run: {reason}</source>
        <translation>无法执行：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="144"/>
        <source>SQLite reports no damage</source>
        <translation>SQLite 未发现损坏</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="148"/>
        <source>SQLite reports damage: {example} ({count} in all). Restore a backup.</source>
        <translation>SQLite 发现损坏：{example}（共 {count} 处）。请恢复备份。</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="167"/>
        <source>Every reference points at a row</source>
        <translation>所有引用都指向存在的记录</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="183"/>
        <source>{count} references point at missing rows ({tables})</source>
        <translation>{count} 条引用指向不存在的记录（{tables}）</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="194"/>
        <source>Schema {version}, as expected</source>
        <translation>结构版本 {version}，正常</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="199"/>
        <source>The file says schema {found}; this program writes {known}</source>
        <translation>文件的结构版本为 {found}，本程序使用的版本为 {known}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="222"/>
        <source>Every customer has its own number</source>
        <translation>每位客户都有自己的编号，没有重复</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="226"/>
        <source>{empty} customers without a number, {duplicates} numbers used twice: {first}</source>
        <translation>{empty} 位客户没有编号，{duplicates} 个编号重复使用：{first}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="245"/>
        <source>Only corporate customers have contact persons</source>
        <translation>只有单位客户带有联系人</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="250"/>
        <source>{count} customers that are not corporate have contact persons: {first}</source>
        <translation>{count} 位非单位客户带有联系人：{first}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="269"/>
        <source>Every membership joins a customer and a group</source>
        <translation>每条分组成员关系都对应存在的客户和分组</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="275"/>
        <source>{count} memberships point at a missing customer ({customers}) or a missing group ({groups}): {first}</source>
        <translation>{count} 条分组成员关系指向不存在的客户（{customers} 条）或不存在的分组（{groups} 条）：{first}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="308"/>
        <source>Balances, allocations and open amounts agree</source>
        <translation>余额、核销分配与未收金额一致</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="314"/>
        <source>{debts} debts with wrong open amounts, {credits} credits allocated wrongly, {signs} entries with wrong signs or dates, {dates} allocations dated wrongly: {first}</source>
        <translation>{debts} 笔欠款未收金额有误，{credits} 笔收款分配有误，{signs} 笔分录方向或日期有误，{dates} 笔分配日期有误：{first}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="362"/>
        <source>{count} customers, each with one up-to-date search key</source>
        <translation>{count} 位客户，搜索索引均为最新</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="369"/>
        <source>{missing} customers without a search key, {stale} with an out-of-date one, {orphans} keys of customers that no longer exist: {first}</source>
        <translation>{missing} 位客户缺少搜索索引，{stale} 位的搜索索引已过期，{orphans} 条索引属于已不存在的客户：{first}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="381"/>
        <source>Every sort key matches the name</source>
        <translation>排序键均与名称一致</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="387"/>
        <source>{count} customers have a sort key that does not match the name: {first}</source>
        <translation>{count} 位客户的排序键与名称不一致：{first}</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="9"/>
        <source>Individual</source>
        <translation>个人客户</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="10"/>
        <source>Corporate</source>
        <translation>单位客户</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="14"/>
        <location filename="../../app/choices.py" line="35"/>
        <location filename="../../app/choices.py" line="41"/>
        <location filename="../../app/choices.py" line="49"/>
        <location filename="../../app/choices.py" line="69"/>
        <location filename="../../app/choices.py" line="172"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="15"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="16"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="20"/>
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="21"/>
        <source>Ordinary</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="22"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="23"/>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="27"/>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="36"/>
        <source>Ordinary invoice</source>
        <translation>普通发票</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="37"/>
        <source>VAT special invoice</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="42"/>
        <source>Cash on delivery</source>
        <translation>现款现货</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="43"/>
        <source>Pay the previous delivery on the next</source>
        <translation>送二结一</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="44"/>
        <source>Monthly settlement</source>
        <translation>月结</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="45"/>
        <source>N days net</source>
        <translation>账期N天</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="50"/>
        <source>Micro (under 10)</source>
        <translation>微型（10 人以下）</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="51"/>
        <source>Small (10-99)</source>
        <translation>小型（10–99 人）</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="52"/>
        <source>Medium (100-999)</source>
        <translation>中型（100–999 人）</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="53"/>
        <source>Large (1000 and more)</source>
        <translation>大型（1000 人及以上）</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="57"/>
        <source>Decision maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="58"/>
        <source>Payment approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="59"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="60"/>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="64"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="65"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="70"/>
        <source>Solar (Gregorian)</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="71"/>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="77"/>
        <source>Renminbi (CNY)</source>
        <translation>人民币（CNY）</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="78"/>
        <source>US dollar (USD)</source>
        <translation>美元（USD）</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="79"/>
        <source>Euro (EUR)</source>
        <translation>欧元（EUR）</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="80"/>
        <source>Hong Kong dollar (HKD)</source>
        <translation>港币（HKD）</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="81"/>
        <source>Japanese yen (JPY)</source>
        <translation>日元（JPY）</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="85"/>
        <source>Invoice / delivery note</source>
        <translation>发票 / 送货单</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="124"/>
        <location filename="../../app/choices.py" line="86"/>
        <source>Late-payment charge</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="87"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="88"/>
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="89"/>
        <source>Write-off</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="90"/>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="94"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="95"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="96"/>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="97"/>
        <source>Bank acceptance bill</source>
        <translation>银行承兑汇票</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="98"/>
        <location filename="../../app/choices.py" line="137"/>
        <location filename="../../app/choices.py" line="180"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="103"/>
        <source>Not yet due</source>
        <extracomment>The textbook&apos;s five classes of a debt, from the days it is past due.</extracomment>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="104"/>
        <source>Being collected</source>
        <translation>催收款</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="105"/>
        <source>Doubtful</source>
        <translation>准呆账</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="106"/>
        <source>Bad debt</source>
        <translation>呆账</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="107"/>
        <source>Dead debt</source>
        <translation>死账</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="111"/>
        <source>No late-payment charge</source>
        <translation>不收违约金</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="112"/>
        <source>Daily rate on the overdue amount</source>
        <translation>按日计收（逾期金额的日费率）</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="113"/>
        <source>Fixed fee per reminder level</source>
        <translation>每级催款固定费用</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="119"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="120"/>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="121"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="122"/>
        <location filename="../../app/greeting_templates.py" line="55"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="31"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="32"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="33"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="34"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="35"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="36"/>
        <location filename="../../app/choices.py" line="123"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="37"/>
        <location filename="../../app/choices.py" line="124"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="38"/>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="39"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="40"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="41"/>
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="43"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="44"/>
        <location filename="../../app/audit_labels.py" line="56"/>
        <location filename="../../app/audit_labels.py" line="59"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="45"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="46"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="48"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="49"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="50"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="51"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="52"/>
        <source>Class set by hand</source>
        <translation>手动设定类别</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="53"/>
        <source>Reason for the class</source>
        <translation>设定类别的原因</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="54"/>
        <source>Disputed (held from dunning)</source>
        <translation>有异议（暂停催款）</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="55"/>
        <source>Held until</source>
        <translation>暂停至</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="57"/>
        <source>Charged through</source>
        <translation>违约金计至</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="58"/>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="60"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="61"/>
        <source>Spoke to</source>
        <translation>接洽人</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="62"/>
        <source>Excuse</source>
        <translation>借口</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="63"/>
        <source>What they said</source>
        <translation>对方答复</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="64"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="65"/>
        <source>Dunning level</source>
        <translation>催款级别</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="66"/>
        <source>Made on</source>
        <translation>作出日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="67"/>
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="68"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="69"/>
        <source>Sent on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="70"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="73"/>
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="74"/>
        <source>Balance the customer claims</source>
        <translation>客户认定的余额</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="75"/>
        <source>Reason of the dispute</source>
        <translation>争议原因</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="76"/>
        <source>Agreed on</source>
        <translation>约定日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="78"/>
        <source>Cancelled on</source>
        <translation>取消日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="79"/>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="80"/>
        <location filename="../../app/audit_labels.py" line="129"/>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="81"/>
        <location filename="../../app/audit_labels.py" line="130"/>
        <source>Warning sign</source>
        <translation>风险预警</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="82"/>
        <source>Flagged on</source>
        <translation>标记日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="83"/>
        <source>Cleared on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="84"/>
        <source>Note on clearing</source>
        <translation>解除说明</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="89"/>
        <source>Card created</source>
        <extracomment>What an entry did, by (entity, action); &quot;&quot; as the action: any action.</extracomment>
        <translation>客户资料卡已创建</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="90"/>
        <source>Card changed</source>
        <translation>客户资料卡已修改</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="91"/>
        <source>Card archived</source>
        <translation>客户资料卡已归档</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="92"/>
        <source>Card restored</source>
        <translation>客户资料卡已从归档恢复</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="93"/>
        <source>Deleted card brought back</source>
        <translation>已删除的客户资料卡已找回</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="94"/>
        <source>Card deleted</source>
        <translation>客户资料卡已删除</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="95"/>
        <source>Contact {name} added</source>
        <translation>已添加联系人“{name}”</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="96"/>
        <source>Contact {name} changed</source>
        <translation>已修改联系人“{name}”</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="97"/>
        <source>Contact {name} removed</source>
        <translation>已移除联系人“{name}”</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="98"/>
        <source>Added to group {group}</source>
        <translation>已加入分组“{group}”</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="99"/>
        <source>Removed from group {group}</source>
        <translation>已移出分组“{group}”</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="100"/>
        <source>{kind} {number} posted: {amount}</source>
        <translation>{kind} {number}已入账：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="101"/>
        <source>{kind} {number} changed</source>
        <translation>{kind} {number}已修改</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="102"/>
        <source>{amount} applied to {number}</source>
        <translation>{amount}已分配至{number}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="103"/>
        <source>Late-payment charge {decision}: {amount}</source>
        <translation>违约金{decision}：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="104"/>
        <source>Collection contact logged: {channel}</source>
        <translation>已记录催款联系：{channel}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="105"/>
        <source>Promise to pay {amount} by {date}</source>
        <translation>付款承诺：{date}前支付{amount}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="106"/>
        <source>Balance confirmation sent: {amount}</source>
        <translation>已发出余额确认函：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="109"/>
        <source>Instalment plan agreed: {amount}</source>
        <translation>已约定分期计划：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="110"/>
        <source>Instalment {seq} due {date}: {amount}</source>
        <translation>第{seq}期，{date}到期：{amount}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="111"/>
        <source>Warning sign flagged: {sign}</source>
        <translation>已标记风险预警：{sign}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="114"/>
        <source>{what} added</source>
        <translation>已添加{what}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="115"/>
        <source>{what} changed</source>
        <translation>已修改{what}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="116"/>
        <source>{what} deleted</source>
        <translation>已删除{what}</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="119"/>
        <source>Card</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="120"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="121"/>
        <source>Group membership</source>
        <translation>所属分组</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="122"/>
        <source>Ledger entry</source>
        <translation>账目</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="123"/>
        <source>Allocation of a payment</source>
        <translation>收款分配</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="125"/>
        <source>Collection log entry</source>
        <translation>催款记录</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="126"/>
        <source>Promise to pay</source>
        <translation>付款承诺</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="127"/>
        <source>Balance confirmation</source>
        <translation>余额确认函</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="128"/>
        <source>Instalment plan</source>
        <translation>分期计划</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="133"/>
        <source>posted</source>
        <translation>已入账</translation>
    </message>
    <message>
        <location filename="../../app/audit_labels.py" line="134"/>
        <source>waived</source>
        <translation>已免除</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="125"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="130"/>
        <source>Not convenient today</source>
        <extracomment>The seven common excuses (and &quot;other&quot;), each with its counter-measure.</extracomment>
        <translation>今天不方便</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="131"/>
        <source>Not approved yet</source>
        <translation>还没批下来</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="132"/>
        <source>The cheque is already in the post</source>
        <translation>支票已经寄出了</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="133"/>
        <source>Short of cash lately</source>
        <translation>最近资金紧张</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="134"/>
        <source>Money comes in next month</source>
        <translation>下个月才有钱进账</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="135"/>
        <source>We will pay within some days</source>
        <translation>过几天就付</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="136"/>
        <source>The computer is broken, cannot print the cheque</source>
        <translation>电脑坏了，打印不了支票</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="141"/>
        <source>Fix a new date now, while you are talking, and record it as a promise to pay.</source>
        <translation>趁还在通话，当场约定新的付款日期，并记为付款承诺。</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="144"/>
        <source>Find out who approves the payment and when; log the approval chain and follow up with the approver.</source>
        <translation>问清付款由谁审批、何时审批；记下审批流程，并直接跟进审批人。</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="149"/>
        <source>Get the mailing date and a copy of the cheque. If it has not arrived after 14 days, ask them to cancel it and issue a new one.</source>
        <translation>问清寄出日期并索要支票复印件。14 天后仍未收到，请对方作废该支票并重开一张。</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="154"/>
        <source>Offer a written instalment plan with fixed amounts and dates.</source>
        <translation>提出书面的分期还款计划，写明每期的金额和日期。</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="157"/>
        <source>Do not wait a month: press on now and ask for a part payment.</source>
        <translation>不要等一个月：现在就继续催收，并要求先付一部分。</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="160"/>
        <source>Get onto their payment run: ask for the date of the run and prepare the documents their finance needs.</source>
        <translation>争取排进对方的付款批次：问清付款日期，并备好对方财务需要的单据。</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="165"/>
        <source>Verify with their finance department, and offer a bank transfer instead.</source>
        <translation>向对方财务部门核实，并建议改用银行转账。</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="168"/>
        <source>Write down exactly what was said, and fix the next step.</source>
        <translation>如实记下对方的原话，并定好下一步。</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="173"/>
        <source>Promised to pay</source>
        <translation>承诺付款</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="174"/>
        <location filename="../../app/choices.py" line="216"/>
        <source>Paid</source>
        <extracomment>An instalment of a plan, from the payments since the plan was agreed.</extracomment>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="175"/>
        <source>Agreed an instalment plan</source>
        <translation>约定分期还款</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="176"/>
        <source>Call back later</source>
        <translation>稍后再联系</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="177"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="178"/>
        <source>Refused to pay</source>
        <translation>拒绝付款</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="179"/>
        <source>Disputes the debt</source>
        <translation>对欠款有异议</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="185"/>
        <source>A punctual payer asks for delays or splits payments</source>
        <extracomment>Warning signs (风险预警) the admin can flag.</extracomment>
        <translation>一向按时付款的客户要求延期或分批付款</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="186"/>
        <source>Unusual large orders in the off season</source>
        <translation>淡季反常地大量订货</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="187"/>
        <source>Key staff or legal representative changed</source>
        <translation>关键人员或法定代表人变更</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="188"/>
        <source>Dumping goods at low prices</source>
        <translation>低价抛售货物</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="189"/>
        <source>Moving premises</source>
        <translation>搬迁经营场所</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="190"/>
        <source>New unrelated ventures</source>
        <translation>涉足不相关的新业务</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="195"/>
        <source>Pays more slowly invoice after invoice</source>
        <extracomment>Signs derived from the ledger and the promises.</extracomment>
        <translation>付款一笔比一笔慢</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="196"/>
        <source>Broke a promise to pay</source>
        <translation>未兑现付款承诺</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="197"/>
        <source>Balance over the credit limit</source>
        <translation>欠款超出信用额度</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="198"/>
        <source>Missed an instalment</source>
        <translation>有分期款未按期支付</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="202"/>
        <source>Awaiting the signed reply</source>
        <translation>等待对方签章回复</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="203"/>
        <source>Agreed</source>
        <translation>已确认无误</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="204"/>
        <source>Disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="208"/>
        <source>Pending</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="209"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="210"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="211"/>
        <source>Broken</source>
        <translation>已违约</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="217"/>
        <source>Partly paid</source>
        <translation>部分已付</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="218"/>
        <source>To be paid</source>
        <translation>待付</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="223"/>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="224"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/choices.py" line="225"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="47"/>
        <location filename="../../app/holidays.py" line="289"/>
        <source>Choose solar or lunar</source>
        <extracomment>A daily late-payment rate is a percentage of the overdue amount per day, counted to 0.0001 % (one millionth of the amount: 1 ppm). More than 1 % per day (365 % a year) is surely a typo. Fixed fees per dunning-reminder level: levels 1 to 5 at most.</extracomment>
        <translation>请选择公历或农历</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="51"/>
        <location filename="../../app/customer_rules.py" line="76"/>
        <source>A birthday cannot be in the future</source>
        <translation>生日不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="55"/>
        <source>The year must be {min} or later</source>
        <translation>年份不能早于 {min} 年</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="60"/>
        <location filename="../../app/holidays.py" line="293"/>
        <source>The month must be from 1 to 12</source>
        <translation>月份须在 1 到 12 之间</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="64"/>
        <location filename="../../app/holidays.py" line="308"/>
        <source>Only a lunar date has a leap month</source>
        <translation>只有农历日期才有闰月</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="71"/>
        <location filename="../../app/holidays.py" line="319"/>
        <location filename="../../app/holidays.py" line="343"/>
        <source>This month has no day {day}</source>
        <translation>这个月没有 {day} 日</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="80"/>
        <location filename="../../app/holidays.py" line="327"/>
        <source>A lunar day is from 1 (初一) to 30 (三十)</source>
        <translation>农历日期只能是初一到三十</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="100"/>
        <location filename="../../app/customer_rules.py" line="109"/>
        <location filename="../../app/customer_rules.py" line="113"/>
        <source>Not a rate: use digits, e.g. 0.05</source>
        <translation>不是有效的费率：请输入数字，如 0.05</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="116"/>
        <source>The rate must be more than 0</source>
        <translation>费率必须大于 0</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="121"/>
        <source>At most {max} % per day: more is surely a typo (0.05 means 0.05 % per day)</source>
        <translation>每天最多 {max}%：超过这个值多半是输错了（0.05 表示每天 0.05%）</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="131"/>
        <source>At most four decimals: the rate is counted to 0.0001 %</source>
        <translation>最多四位小数：费率精确到 0.0001%</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="150"/>
        <source>Is “{text}” one amount or several? Separate amounts with 、 or a comma and a space; write thousands without a comma</source>
        <translation>“{text}”是一个金额还是几个？多个金额请用顿号（、）或“逗号加空格”分隔；千位不要加逗号</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="164"/>
        <location filename="../../app/customer_rules.py" line="203"/>
        <source>Enter the fee of each reminder level, e.g. 50, 100, 200</source>
        <translation>请填写每级催款的费用，如 50、100、200</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="170"/>
        <source>At most {max} reminder levels, one fee each</source>
        <translation>最多 {max} 级催款，每级一个费用</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="182"/>
        <source>Each fee must be more than 0</source>
        <translation>每项费用都必须大于 0</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="196"/>
        <source>Enter the daily rate, e.g. 0.05 for 0.05 % per day</source>
        <translation>请填写日费率，如 0.05 表示每天 0.05%</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="228"/>
        <source>Unknown role: {value}</source>
        <translation>未知的角色：{value}</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="310"/>
        <source>Give the number of days for &apos;N days net&apos;</source>
        <translation>结算方式为“账期N天”时，请填写账期天数</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="315"/>
        <source>Say why deliveries are on hold</source>
        <translation>请填写停止供货的原因</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="325"/>
        <source>At most {max} contact persons</source>
        <translation>联系人最多 {max} 位</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="336"/>
        <source>Only a corporate customer has contact persons; remove them first</source>
        <translation>只有单位客户才能有联系人，请先删除联系人</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="358"/>
        <source>Differs from the birth date in the resident ID ({date})</source>
        <translation>与身份证号中的出生日期（{date}）不一致</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="365"/>
        <source>Differs from the gender in the resident ID</source>
        <translation>与身份证号中的性别不一致</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="153"/>
        <location filename="../../app/import_plan.py" line="52"/>
        <source>Same mobile</source>
        <extracomment>Models whose rows make a customer&apos;s history, with the field naming the customer; a customer with any of them is archived, never deleted. A daily late-payment rate in percent times this is millionths (ppm) per day.</extracomment>
        <translation>手机号相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="156"/>
        <location filename="../../app/import_plan.py" line="53"/>
        <source>Same resident ID</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="162"/>
        <location filename="../../app/import_plan.py" line="54"/>
        <source>Same unified social credit code</source>
        <translation>统一社会信用代码相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="166"/>
        <location filename="../../app/import_plan.py" line="55"/>
        <source>Same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="186"/>
        <location filename="../../app/import_plan.py" line="56"/>
        <source>Same mobile as a contact person</source>
        <translation>手机号与该客户的联系人相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="200"/>
        <location filename="../../app/customers.py" line="280"/>
        <location filename="../../app/import_plan.py" line="45"/>
        <source>This customer number is already used</source>
        <translation>该客户编号已被使用</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="207"/>
        <source>The currency cannot change once the customer&apos;s ledger has entries</source>
        <translation>该客户的账上已有记录，不能再更改币种</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="500"/>
        <source>The deleted card {name} cannot be brought back: a card created since has taken its place in the database. Enter it again as a new card.</source>
        <translation>无法找回已删除的客户资料卡{name}：数据库中此后新建的一份资料卡已占用了它的位置。请将它作为新资料卡重新录入。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="510"/>
        <source>The deleted card {name} cannot be brought back: its number {number} is now used by {other}. Change that card&apos;s number first.</source>
        <translation>无法找回已删除的客户资料卡{name}：它的编号{number}现已被{other}使用。请先更改那份资料卡的编号。</translation>
    </message>
    <message>
        <location filename="../../app/account.py" line="106"/>
        <location filename="../../app/collection_support.py" line="31"/>
        <location filename="../../app/customers.py" line="264"/>
        <location filename="../../app/customers.py" line="366"/>
        <location filename="../../app/customers.py" line="444"/>
        <location filename="../../app/importer.py" line="241"/>
        <location filename="../../app/late_charges.py" line="149"/>
        <location filename="../../app/ledger.py" line="55"/>
        <source>This customer no longer exists.</source>
        <extracomment>Furthest ahead a date may lie where the future is allowed (a promised day, an instalment): further is surely a typo in the year. Ids per ``IN (...)``: under SQLite&apos;s oldest limit of 999 parameters.
----------
False when all_or_nothing refused to write because rows were rejected. Ids of the customers created and updated, in file order.
----------
Furthest a document may be dated ahead of today: further is surely a typo.</extracomment>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/collection_support.py" line="34"/>
        <source>This customer is archived; restore the card before recording anything.</source>
        <translation>该客户已归档；请先恢复客户资料，再作记录。</translation>
    </message>
    <message>
        <location filename="../../app/collection_support.py" line="70"/>
        <location filename="../../app/collection_support.py" line="78"/>
        <location filename="../../app/ledger.py" line="91"/>
        <source>Not a date: write it as 2025-06-30</source>
        <translation>不是有效的日期：请按 2025-06-30 的格式填写</translation>
    </message>
    <message>
        <location filename="../../app/collection_support.py" line="84"/>
        <location filename="../../app/ledger.py" line="99"/>
        <source>More than a year ahead: check the year</source>
        <translation>超过一年以后：请检查年份</translation>
    </message>
    <message>
        <location filename="../../app/collection_support.py" line="100"/>
        <location filename="../../app/ledger.py" line="74"/>
        <source>Must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="266"/>
        <source>Someone else changed this card after you opened it. Your changes were not saved; they are still in the form.</source>
        <translation>您打开这张资料卡后，有其他人修改了它。您的修改没有保存，仍保留在表单中。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="447"/>
        <source>Archive the customer first; only archived cards can be deleted.</source>
        <translation>请先将该客户归档；只有已归档的客户才能删除。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="453"/>
        <source>This customer has history and can only be archived, not deleted.</source>
        <translation>该客户已有往来记录，只能归档，不能删除。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="73"/>
        <source>Database URLs of the kind &apos;{scheme}&apos; are not supported yet. Give the path of a Kehu database file.</source>
        <extracomment>The schema this version of Kehu writes. Raise it with every migration.</extracomment>
        <translation>暂不支持“{scheme}”类型的数据库地址。请指定客户档案数据库文件的路径。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="86"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/company.py" line="26"/>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location filename="../../app/company.py" line="27"/>
        <source>Letter (8.5 x 11 in)</source>
        <translation>Letter 信纸（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location filename="../../app/company.py" line="30"/>
        <source>Logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <location filename="../../app/company.py" line="31"/>
        <source>Seal</source>
        <translation>公章</translation>
    </message>
    <message>
        <location filename="../../app/company.py" line="173"/>
        <source>The picture is too large ({size} KB); use one under {limit} KB</source>
        <translation>图片太大（{size} KB），请使用小于 {limit} KB 的图片</translation>
    </message>
    <message>
        <location filename="../../app/company.py" line="189"/>
        <source>Not a picture that can be printed: use a PNG or JPEG file</source>
        <translation>不是可打印的图片：请使用 PNG 或 JPEG 文件</translation>
    </message>
    <message>
        <location filename="../../app/company.py" line="198"/>
        <source>The picture is damaged and cannot be printed ({reason})</source>
        <translation>图片已损坏，无法打印（{reason}）</translation>
    </message>
    <message>
        <location filename="../../app/company.py" line="221"/>
        <location filename="../../app/db.py" line="95"/>
        <location filename="../../app/db.py" line="142"/>
        <source>Cannot read {path}: {reason}</source>
        <extracomment>The start-up check stops after this long on a very large file (a 500 MB file needs about 2 s); the daily backup checks its copy in full.</extracomment>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="102"/>
        <source>{path} is not a Kehu database (it is not an SQLite file, or it is damaged). Choose another file or restore a backup.</source>
        <translation>{path} 不是客户档案数据库（不是 SQLite 文件，或文件已损坏）。请选择其他文件，或恢复备份。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="300"/>
        <source>Cannot open {path}: {reason}. If the file is damaged, restore a backup.</source>
        <translation>无法打开 {path}：{reason}。如果文件已损坏，请恢复备份。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="173"/>
        <location filename="../../app/db.py" line="357"/>
        <source>This SQLite file was not made by Kehu (it has other tables). Choose a Kehu database or a new file name.</source>
        <extracomment>Below this many customers the planner does fine without statistics.</extracomment>
        <translation>这个 SQLite 文件不是客户档案创建的（含有其他数据表）。请选择客户档案数据库，或换一个新文件名。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="182"/>
        <location filename="../../app/db.py" line="386"/>
        <source>This database was written by a newer Kehu (schema {found}, this program knows up to {known}). Update Kehu to open it; the file was not changed.</source>
        <translation>此数据库由更新版本的客户档案创建（结构版本 {found}，本程序最高支持 {known}）。请升级客户档案后再打开；文件没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="212"/>
        <source>The database {path} is damaged ({detail}). Kehu has not opened it and has not changed it. Restore a backup, or ask someone who knows SQLite to rescue it.</source>
        <translation>数据库{path}已损坏（{detail}）。客户档案没有打开它，也没有做任何改动。请恢复备份，或请熟悉 SQLite 的人员抢救该文件。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="250"/>
        <source>Cannot create the database {path}: {reason}</source>
        <translation>无法创建数据库 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="269"/>
        <source>The database {path} does not exist.</source>
        <translation>数据库 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="366"/>
        <source>The database has no schema version; it may be damaged.</source>
        <translation>数据库缺少结构版本信息，可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="458"/>
        <source>No migration from schema {version}.</source>
        <extracomment>version -&gt; step that brings a database from that version to the next.</extracomment>
        <translation>无法从结构版本 {version} 升级。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="1083"/>
        <source>Choose from 1 to {max} demo customers</source>
        <extracomment>Demo data is dated relative to this day (or today, if the clock is behind), so that the same seed gives the same file whenever it is made. Customers built and inserted per chunk; progress and cancel are checked between chunks. Share of the progress bar the ledger takes (about its share of the time). A resident ID region code python-stdnum accepts for every birth year, used when none of a city&apos;s codes existed in that year (codes come and go).</extracomment>
        <translation>演示客户数须在 1 到 {max} 之间</translation>
    </message>
    <message>
        <location filename="../../app/groups.py" line="47"/>
        <location filename="../../app/groups.py" line="80"/>
        <source>A group named &apos;{name}&apos; already exists</source>
        <translation>已有名为“{name}”的分组</translation>
    </message>
    <message>
        <location filename="../../app/groups.py" line="95"/>
        <location filename="../../app/groups.py" line="109"/>
        <source>This group no longer exists.</source>
        <translation>该分组已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/customer_columns.py" line="66"/>
        <source>Not a date: write it like 2024-05-17</source>
        <extracomment>Contact persons written to and read from a row.</extracomment>
        <translation>不是日期：请写成 2024-05-17 这样</translation>
    </message>
    <message>
        <location filename="../../app/customer_columns.py" line="67"/>
        <source>Not a birthday: write it like 1990-05-17, --05-17 or 农历 1990-08-15</source>
        <translation>不是生日：请写成 1990-05-17、--05-17 或 农历 1990-08-15 这样</translation>
    </message>
    <message>
        <location filename="../../app/customer_columns.py" line="71"/>
        <source>Write 是 or 否 (yes or no)</source>
        <translation>请填写“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../app/customer_columns.py" line="73"/>
        <source>The resident ID is masked (****): it was not imported, the stored one is kept</source>
        <translation>身份证号已隐去部分（****）：未导入，保留原有的身份证号</translation>
    </message>
    <message>
        <location filename="../../app/customer_columns.py" line="436"/>
        <location filename="../../app/money.py" line="34"/>
        <location filename="../../app/money.py" line="57"/>
        <location filename="../../app/money.py" line="59"/>
        <source>Not an amount of money</source>
        <extracomment>Templates ``apply_value`` adds that do not reject a row. Contact person fields in a row: (field, 中文, English, kind, aliases).</extracomment>
        <translation>不是有效的金额</translation>
    </message>
    <message>
        <location filename="../../app/money.py" line="45"/>
        <source>Use a comma only between thousands and a point for decimals</source>
        <translation>逗号只能用作千位分隔符，小数请用小数点</translation>
    </message>
    <message>
        <location filename="../../app/money.py" line="52"/>
        <source>Not an amount of money: use digits, e.g. 1234.50</source>
        <translation>不是有效的金额：请输入数字，如 1234.50</translation>
    </message>
    <message>
        <location filename="../../app/money.py" line="62"/>
        <source>The amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <location filename="../../app/money.py" line="65"/>
        <source>At most two decimals: money is counted to the fen (0.01)</source>
        <translation>最多两位小数：金额精确到分（0.01）</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="82"/>
        <source>Contains invisible control characters; please type it again</source>
        <translation>含有看不见的控制字符，请重新输入</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="85"/>
        <source>Must be one line, without line breaks</source>
        <translation>只能填一行，不能换行</translation>
    </message>
    <message>
        <location filename="../../app/collection_log.py" line="93"/>
        <location filename="../../app/collection_support.py" line="75"/>
        <location filename="../../app/collection_support.py" line="94"/>
        <location filename="../../app/company.py" line="152"/>
        <location filename="../../app/holidays.py" line="256"/>
        <location filename="../../app/ledger.py" line="68"/>
        <location filename="../../app/ledger.py" line="96"/>
        <location filename="../../app/template_sandbox.py" line="70"/>
        <location filename="../../app/validation.py" line="72"/>
        <location filename="../../app/validation.py" line="87"/>
        <source>Required: please fill it in</source>
        <extracomment>Dunning letters come in escalating levels; 0 for anything that is not one. Channels that are not a contact with the customer (last-contact dates skip them).
----------
A letterhead picture larger than this is refused: it would bloat every PDF. Whole-number settings: (low, high). 如有不符请于N日内提出: days the customer has to object to a statement. Days to pay a dunning letter of level 1, 2, 3 gives from its date. Days after a letter before the next one goes up a level.
----------
Shared by the editors of templates.</extracomment>
        <translation>必填项，请填写</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="91"/>
        <source>Too long: at most {max} characters (now {length})</source>
        <translation>内容太长：最多 {max} 个字符（现在 {length} 个）</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="129"/>
        <location filename="../../app/validation.py" line="138"/>
        <source>Not a phone number: use digits, e.g. 13800138000</source>
        <translation>不是有效的电话号码：请输入数字，如 13800138000</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="98"/>
        <source>This number does not look valid; please check it</source>
        <translation>这个号码似乎无效，请核对</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="150"/>
        <source>This is not a mobile number</source>
        <translation>这不是手机号码</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="168"/>
        <source>Not an e-mail address, e.g. name@example.com</source>
        <translation>不是有效的电子邮箱地址，正确格式如 name@example.com</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="209"/>
        <source>A resident ID has 18 characters: 17 digits and a digit or X</source>
        <extracomment>The local part of most real addresses: ASCII letters, digits and the punctuation RFC 5322 allows unquoted, in dot-separated runs. Such a local part is kept as typed by email_validator; only the domain needs its work.</extracomment>
        <translation>身份证号为 18 位：前 17 位是数字，最后一位是数字或 X</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="222"/>
        <source>The check digit does not match: the ID may be mistyped</source>
        <translation>校验码不符，身份证号可能输错了</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="228"/>
        <source>The birth date or region in this ID is not possible: check it</source>
        <translation>该身份证号中的出生日期或地区码不存在，请核对</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="237"/>
        <source>The birth date in this ID is in the future: check it</source>
        <translation>该身份证号中的出生日期晚于今天，请核对</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="263"/>
        <source>A unified social credit code has 18 characters: digits and capital letters except I, O, Z, S, V</source>
        <translation>统一社会信用代码为 18 位，由数字和大写字母组成（不含 I、O、Z、S、V）</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="275"/>
        <source>The check character does not match: the code may be mistyped</source>
        <translation>校验位不符，信用代码可能输错了</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="282"/>
        <source>This code does not look valid; please check it</source>
        <translation>这个代码似乎无效，请核对</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="292"/>
        <source>A Chinese postcode has 6 digits, e.g. 100000</source>
        <translation>国内邮编为 6 位数字，如 100000</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="308"/>
        <location filename="../../app/documents/label_layouts.py" line="170"/>
        <source>Cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="31"/>
        <source>Payment terms when the card gives none (days)</source>
        <translation>客户资料未填时的付款期限（天）</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="38"/>
        <source>Doubtful after this many days past due</source>
        <translation>逾期多少天后列为可疑</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="45"/>
        <source>Bad debt after this many days past due</source>
        <translation>逾期多少天后列为坏账</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="52"/>
        <source>Dead debt after this many days past due</source>
        <translation>逾期多少天后列为死账</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="59"/>
        <source>Confirm debts falling due within (days)</source>
        <translation>确认多少天内到期的欠款（天）</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="66"/>
        <source>List unreturned balance confirmations after (days)</source>
        <translation>对账单发出多少天未签回时列出（天）</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="73"/>
        <source>Show promises falling due within (days)</source>
        <translation>显示多少天内到期的付款承诺（天）</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="80"/>
        <source>Count broken promises of the last (days)</source>
        <translation>统计最近多少天内未兑现的承诺（天）</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="134"/>
        <location filename="../../app/customer_columns.py" line="70"/>
        <location filename="../../app/validation.py" line="323"/>
        <source>Must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="141"/>
        <location filename="../../app/greeting_settings.py" line="62"/>
        <location filename="../../app/greetings.py" line="132"/>
        <location filename="../../app/holidays.py" line="300"/>
        <location filename="../../app/validation.py" line="330"/>
        <location filename="../../app/documents/labels.py" line="378"/>
        <source>Must be between {low} and {high}</source>
        <translation>须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../app/business_settings.py" line="153"/>
        <source>The thresholds must grow: doubtful &lt; bad debt &lt; dead debt</source>
        <translation>天数必须逐级增加：可疑 &lt; 坏账 &lt; 死账</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="349"/>
        <source>Days of the month from 1 to 31, separated by commas</source>
        <translation>请填写每月的日期（1 到 31），多个日期用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../app/customer_columns.py" line="72"/>
        <location filename="../../app/validation.py" line="359"/>
        <source>Unknown choice: {value}</source>
        <translation>无效的选项：{value}</translation>
    </message>
    <message>
        <location filename="../../app/collection_support.py" line="81"/>
        <location filename="../../app/validation.py" line="365"/>
        <source>Cannot be in the future</source>
        <translation>不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../app/collection_log.py" line="109"/>
        <source>Write down what happened: who you spoke to, what was said or the outcome</source>
        <translation>请记下经过：和谁联系、对方说了什么，或结果如何</translation>
    </message>
    <message>
        <location filename="../../app/collection_log.py" line="121"/>
        <source>A promise to pay goes with the outcome &apos;Promised to pay&apos;</source>
        <translation>记录付款承诺时，结果须选“承诺付款”</translation>
    </message>
    <message>
        <location filename="../../app/collection_log.py" line="163"/>
        <source>The entry to correct is not in this customer&apos;s collection log</source>
        <translation>要更正的记录不在该客户的催收记录中</translation>
    </message>
    <message>
        <location filename="../../app/collection_log.py" line="177"/>
        <source>This entry was already corrected on {date}: correct that latest correction instead</source>
        <translation>这条记录已于 {date} 更正过：请改为更正最新的那条更正记录</translation>
    </message>
    <message>
        <location filename="../../app/late_charges.py" line="68"/>
        <source>Late-payment charge {number} {start}–{end}</source>
        <extracomment>Descriptions of posted charges, English templates marked for translation.</extracomment>
        <translation>违约金 {number} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/late_charges.py" line="69"/>
        <source>Reminder fee, level {level} letter of {date}</source>
        <translation>催款费用，{date} 第 {level} 级催款函</translation>
    </message>
    <message>
        <location filename="../../app/late_charges.py" line="274"/>
        <source>The reminder fees on the card cannot be read ({value}); correct them on the card.</source>
        <translation>无法读取客户资料中的催款费用（{value}）；请在客户资料中更正。</translation>
    </message>
    <message>
        <location filename="../../app/late_charges.py" line="372"/>
        <source>Charges can be posted or waived up to today, not for a later date</source>
        <translation>违约金只能计到今天为止入账或免除，不能计到以后的日期</translation>
    </message>
    <message>
        <location filename="../../app/late_charges.py" line="390"/>
        <source>The late-payment charges changed since they were shown (a payment or another user). Look at them again before going on.</source>
        <translation>违约金在显示之后已有变化（有新的收款，或其他用户作了修改）。请重新查看后再继续。</translation>
    </message>
    <message>
        <location filename="../../app/late_charges.py" line="421"/>
        <source>There is no late-payment charge to post at {date}.</source>
        <translation>截至 {date} 没有需要入账的违约金。</translation>
    </message>
    <message>
        <location filename="../../app/late_charges.py" line="431"/>
        <source>This posts {count} late-payment charges totalling {total} to the ledger of {customer}, due at once.</source>
        <translation>将向 {customer} 的账上记入 {count} 笔违约金，合计 {total}，立即到期。</translation>
    </message>
    <message>
        <location filename="../../app/late_charges.py" line="486"/>
        <source>There is no late-payment charge to waive at {date}.</source>
        <translation>截至 {date} 没有可免除的违约金。</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="58"/>
        <source>This customer is archived; restore the card before posting to its ledger.</source>
        <translation>该客户已归档；请先恢复客户资料，再记账。</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="134"/>
        <source>Number {number} is already used, on the ledger of {customer}</source>
        <translation>单号 {number} 已被使用，在 {customer} 的账上</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="428"/>
        <source>The due date cannot be before the invoice date</source>
        <translation>到期日不能早于开票日期</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="454"/>
        <source>This customer is on supply hold since {since} ({reason}): no new delivery until the previous one is paid.</source>
        <translation>该客户自 {since} 起停止供货（{reason}）：上一批货款付清之前不再发货。</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="467"/>
        <source>This takes the balance to {after}, over the credit limit of {limit}.</source>
        <translation>这将使欠款余额达到 {after}，超出信用额度 {limit}。</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="494"/>
        <location filename="../../app/ledger.py" line="651"/>
        <source>Not a debt of this customer</source>
        <translation>不是该客户的欠款</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="500"/>
        <source>More than the {open} still open on {number}</source>
        <translation>超过 {number} 尚未结清的 {open}</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="510"/>
        <source>The amounts picked add up to more than the amount received</source>
        <translation>所选金额合计超过了收到的金额</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="545"/>
        <source>The payment of {amount} is more than everything the customer owes ({owed}); the rest, {rest}, stays on the account as a credit balance.</source>
        <translation>收款 {amount} 超过该客户的全部欠款（{owed}）；多出的 {rest} 作为贷方余额留在账上。</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="550"/>
        <source>The credit note of {amount} is more than everything the customer owes ({owed}); the rest, {rest}, stays on the account as a credit balance.</source>
        <translation>贷项通知单金额 {amount} 超过该客户的全部欠款（{owed}）；多出的 {rest} 作为贷方余额留在账上。</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="601"/>
        <source>Enter the cheque number</source>
        <translation>请填写支票号码</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="605"/>
        <source>Enter the number of the bank acceptance bill</source>
        <translation>请填写银行承兑汇票号码</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="694"/>
        <source>Choose the debts to write off</source>
        <translation>请选择要核销的欠款</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="698"/>
        <source>Only open debts of this customer can be written off</source>
        <translation>只能核销该客户尚未结清的欠款</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="706"/>
        <source>A part of a debt can be written off only one debt at a time</source>
        <translation>部分核销时，一次只能选一笔欠款</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="713"/>
        <source>More than the {open} still open</source>
        <translation>超过尚未结清的 {open}</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="721"/>
        <source>A write-off cannot be dated before the debt it writes off</source>
        <translation>核销日期不能早于被核销欠款的日期</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="740"/>
        <source>This ledger entry no longer exists.</source>
        <translation>该笔账目已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="744"/>
        <source>Only payments, credit notes and write-offs can be reversed; correct an invoice with a credit note.</source>
        <translation>只有收款、贷项通知单和核销可以冲销；发票有误请用贷项通知单更正。</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="751"/>
        <source>This entry is already reversed.</source>
        <translation>该笔账目已被冲销。</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="758"/>
        <source>A reversal cannot be dated before the entry it reverses</source>
        <translation>冲销日期不能早于被冲销账目的日期</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="836"/>
        <source>This debt no longer exists.</source>
        <translation>该笔欠款已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ledger.py" line="849"/>
        <source>The end date has already passed</source>
        <translation>结束日期已经过去</translation>
    </message>
    <message>
        <location filename="../../app/promises.py" line="101"/>
        <source>The promised day cannot be before the day the promise was made</source>
        <translation>承诺的付款日不能早于作出承诺的日期</translation>
    </message>
    <message>
        <location filename="../../app/promises.py" line="136"/>
        <source>The conversation linked is not in this customer&apos;s collection log</source>
        <translation>所关联的沟通记录不在该客户的催收记录中</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="35"/>
        <location filename="../../app/audit_labels.py" line="42"/>
        <source>Number</source>
        <extracomment>Column keys in order, with their English headings.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="36"/>
        <location filename="../../app/audit_labels.py" line="30"/>
        <source>Name</source>
        <extracomment>Columns kept in the trail but not shown as a change of their own: ids shown through the entry&apos;s summary, the sign of an amount, bookkeeping. Customer columns whose export column has another key.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="37"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="38"/>
        <location filename="../../app/audit_labels.py" line="47"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="39"/>
        <source>Current</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="40"/>
        <source>1-30</source>
        <translation>1-30天</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="41"/>
        <source>31-60</source>
        <translation>31-60天</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="42"/>
        <source>61-90</source>
        <translation>61-90天</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="43"/>
        <source>91-180</source>
        <translation>91-180天</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="44"/>
        <source>181-365</source>
        <translation>181-365天</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="45"/>
        <source>Over 365</source>
        <translation>超过365天</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="46"/>
        <source>Credit</source>
        <translation>预收/贷方余额</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="47"/>
        <location filename="../../app/audit_labels.py" line="71"/>
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="48"/>
        <location filename="../../app/choices.py" line="219"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="49"/>
        <source>Worst class</source>
        <translation>最差分类</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="54"/>
        <location filename="../../app/audit_labels.py" line="77"/>
        <source>Total</source>
        <extracomment>The label of the totals rows, in the number column; a header key like the others.</extracomment>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="170"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="182"/>
        <source>Cannot write {path}: {reason}. If the file is open in another program such as Excel, close it and try again.</source>
        <translation>无法写入 {path}：{reason}。如果该文件正在 Excel 等其他程序中打开，请先关闭，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="215"/>
        <source>the column headings</source>
        <translation>列标题</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="220"/>
        <source>the totals</source>
        <translation>合计行</translation>
    </message>
    <message>
        <location filename="../../app/ageing_export.py" line="222"/>
        <source>{where} contains {char} (U+{code:04X}), which GBK cannot encode. Export as UTF-8 instead: Excel opens it too.</source>
        <translation>{where} 含有字符“{char}”（U+{code:04X}），GBK 编码无法表示。请改为导出 UTF-8 格式：Excel 同样可以打开。</translation>
    </message>
    <message>
        <location filename="../../app/confirmations.py" line="89"/>
        <source>The statement cannot be dated after the day it was sent</source>
        <translation>对账截止日不能晚于寄出日期</translation>
    </message>
    <message>
        <location filename="../../app/confirmations.py" line="121"/>
        <source>This balance confirmation no longer exists.</source>
        <translation>该对账确认已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/confirmations.py" line="138"/>
        <source>The reply cannot be dated before the statement was sent ({sent})</source>
        <translation>回函日期不能早于对账单寄出日期（{sent}）</translation>
    </message>
    <message>
        <location filename="../../app/confirmations.py" line="147"/>
        <source>The customer&apos;s amount differs from the statement: record the reply as disputed</source>
        <translation>对方确认的金额与对账单不符：请登记为有异议</translation>
    </message>
    <message>
        <location filename="../../app/confirmations.py" line="156"/>
        <source>A reason is for a disputed reply; this one is agreed</source>
        <translation>只有有异议的回函才填原因；此回函为确认无误</translation>
    </message>
    <message>
        <location filename="../../app/confirmations.py" line="163"/>
        <source>Write the balance the customer claims, or the reason they disagree</source>
        <translation>请填写对方确认的余额，或其异议原因</translation>
    </message>
    <message>
        <location filename="../../app/confirmations.py" line="193"/>
        <source>This confirmation was already answered on {date}; to confirm again, send a new statement.</source>
        <translation>该对账确认已于 {date} 回复；如需再次确认，请重新寄送对账单。</translation>
    </message>
    <message>
        <location filename="../../app/instalments.py" line="115"/>
        <source>Add at least one instalment</source>
        <translation>请至少添加一期</translation>
    </message>
    <message>
        <location filename="../../app/instalments.py" line="119"/>
        <source>At most {max} instalments</source>
        <translation>最多 {max} 期</translation>
    </message>
    <message>
        <location filename="../../app/instalments.py" line="131"/>
        <source>An instalment cannot fall due before the plan was agreed</source>
        <translation>分期到期日不能早于计划约定日期</translation>
    </message>
    <message>
        <location filename="../../app/instalments.py" line="138"/>
        <source>Each instalment must fall due after the one before it</source>
        <translation>每一期的到期日必须晚于上一期</translation>
    </message>
    <message>
        <location filename="../../app/instalments.py" line="156"/>
        <source>This customer already has an active instalment plan, agreed on {date}: cancel it first</source>
        <translation>该客户已有执行中的还款计划（{date} 约定）：请先取消</translation>
    </message>
    <message>
        <location filename="../../app/instalments.py" line="169"/>
        <source>The plan adds up to {total}, more than the customer&apos;s balance of {balance}.</source>
        <translation>计划合计 {total}，超过客户当前欠款余额 {balance}。</translation>
    </message>
    <message>
        <location filename="../../app/instalments.py" line="200"/>
        <location filename="../../app/instalments.py" line="342"/>
        <source>This instalment plan no longer exists.</source>
        <translation>该还款计划已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/instalments.py" line="203"/>
        <source>This plan was already cancelled on {date}.</source>
        <translation>该计划已于 {date} 取消。</translation>
    </message>
    <message>
        <location filename="../../app/instalments.py" line="212"/>
        <source>A plan cannot be cancelled before the day it was agreed ({agreed})</source>
        <translation>取消日期不能早于计划约定日期（{agreed}）</translation>
    </message>
    <message>
        <location filename="../../app/warning_signs.py" line="54"/>
        <source>Days late of the last paid invoices, oldest first: {days}</source>
        <extracomment>An explanation per derived sign, filled with ``DerivedSign.params``.</extracomment>
        <translation>最近结清的几张发票的逾期天数（由早到晚）：{days}</translation>
    </message>
    <message>
        <location filename="../../app/warning_signs.py" line="57"/>
        <source>Promises broken in the last {days} days: {count}</source>
        <translation>近 {days} 天内违约的付款承诺：{count} 笔</translation>
    </message>
    <message>
        <location filename="../../app/warning_signs.py" line="58"/>
        <source>Balance {balance}, credit limit {limit}</source>
        <translation>欠款余额 {balance}，信用额度 {limit}</translation>
    </message>
    <message>
        <location filename="../../app/warning_signs.py" line="59"/>
        <source>The instalment due on {due_on} is not paid in full</source>
        <translation>{due_on} 到期的分期款未付清</translation>
    </message>
    <message>
        <location filename="../../app/warning_signs.py" line="117"/>
        <source>Already flagged since {date}</source>
        <translation>自 {date} 起已标记</translation>
    </message>
    <message>
        <location filename="../../app/warning_signs.py" line="133"/>
        <source>This warning flag no longer exists.</source>
        <translation>该预警标记已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/warning_signs.py" line="136"/>
        <source>This flag was already cleared on {date}.</source>
        <translation>该标记已于 {date} 解除。</translation>
    </message>
    <message>
        <location filename="../../app/warning_signs.py" line="145"/>
        <source>Cannot be before the day it was flagged ({date})</source>
        <translation>不能早于标记日期（{date}）</translation>
    </message>
    <message>
        <location filename="../../app/document_selection.py" line="50"/>
        <source>There is no group named {name}. Groups: {known}.</source>
        <extracomment>The worst class of the customer&apos;s overdue debts (&quot;&quot; = any).</extracomment>
        <translation>没有名为 {name} 的分组。现有分组：{known}。</translation>
    </message>
    <message>
        <location filename="../../app/document_selection.py" line="127"/>
        <source>Name the customer: a number or a name.</source>
        <translation>请指定客户：编号或名称。</translation>
    </message>
    <message>
        <location filename="../../app/document_selection.py" line="141"/>
        <source>No customer matches {text}.</source>
        <translation>没有与 {text} 相符的客户。</translation>
    </message>
    <message>
        <location filename="../../app/document_selection.py" line="145"/>
        <source>Several customers match {text}: {names}. Give the customer number.</source>
        <translation>有多位客户与 {text} 相符：{names}。请给出客户编号。</translation>
    </message>
    <message>
        <location filename="../../app/dunning.py" line="53"/>
        <source>Level 1: friendly reminder</source>
        <extracomment>What each level is called, for lists and choosers (the letters&apos; own wording is in their templates).</extracomment>
        <translation>第1级：友好提醒</translation>
    </message>
    <message>
        <location filename="../../app/dunning.py" line="54"/>
        <source>Level 2: formal demand</source>
        <translation>第2级：正式催款</translation>
    </message>
    <message>
        <location filename="../../app/dunning.py" line="55"/>
        <source>Level 3: final demand (legal steps)</source>
        <translation>第3级：最后催告（法律途径）</translation>
    </message>
    <message>
        <location filename="../../app/dunning.py" line="59"/>
        <source>No letter sent yet: level 1</source>
        <extracomment>Why a customer gets the level planned (``PlannedLetter.reason``).</extracomment>
        <translation>尚未发过催款函：第1级</translation>
    </message>
    <message>
        <location filename="../../app/dunning.py" line="60"/>
        <source>Last letter of level {last_level} sent {days} days ago: level {level}</source>
        <translation>上一封第{last_level}级催款函发于{days}天前：第{level}级</translation>
    </message>
    <message>
        <location filename="../../app/dunning.py" line="63"/>
        <source>Last letter of level {last_level} only {days} days ago (the next level after {interval} days): level {level} again</source>
        <translation>上一封第{last_level}级催款函发出仅{days}天（满{interval}天才升级）：仍为第{level}级</translation>
    </message>
    <message>
        <location filename="../../app/dunning.py" line="68"/>
        <source>Last letter of level {last_level} sent {days} days ago: level {level} again</source>
        <translation>上一封第{last_level}级催款函发于{days}天前：仍为第{level}级</translation>
    </message>
    <message>
        <location filename="../../app/dunning.py" line="71"/>
        <source>Last letter (level {last_level}, {date}) was before these debts fell due: starting again at level 1</source>
        <translation>上一封催款函（第{last_level}级，{date}）早于这些欠款到期：从第1级重新开始</translation>
    </message>
    <message>
        <location filename="../../app/dunning.py" line="76"/>
        <source>Level {level} chosen instead of the automatic level {auto_level}</source>
        <translation>手动选择第{level}级（自动应为第{auto_level}级）</translation>
    </message>
    <message>
        <location filename="../../app/statement.py" line="176"/>
        <source>The period starts after it ends ({end})</source>
        <extracomment>Ageing buckets of a statement: key and the most days past due each holds.</extracomment>
        <translation>期间的开始日期晚于结束日期（{end}）</translation>
    </message>
    <message>
        <location filename="../../app/statement.py" line="185"/>
        <source>There is no customer with the id {id}</source>
        <translation>没有编号（ID）为 {id} 的客户</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="70"/>
        <source>The customer&apos;s name</source>
        <extracomment>Stands for the invoices table while a body is rendered for the PDF.</extracomment>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="71"/>
        <source>The customer&apos;s number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="74"/>
        <source>The greeting, without colon or comma: the company&apos;s name, 尊敬的张三先生 or Dear Ms Li</source>
        <translation>称呼，不含冒号或逗号：公司名称、“尊敬的张三先生”或“Dear Ms Li”</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="82"/>
        <source>The person the letter is for (the finance contact), with honorific</source>
        <translation>收函人（财务联系人），带称谓</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="86"/>
        <source>The customer&apos;s address</source>
        <translation>客户地址</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="89"/>
        <source>How the letter addresses the customer: 贵司 for a company, 您 for a person</source>
        <translation>函中对客户的称呼：公司为“贵司”，个人为“您”</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="95"/>
        <source>The overdue invoices: on a line of its own the table, elsewhere lines of text</source>
        <translation>逾期单据：单独成行时为明细表，否则为若干行文字</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="100"/>
        <source>How many invoices are overdue</source>
        <translation>逾期单据笔数</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="101"/>
        <source>The overdue total with currency, e.g. ¥12,345.67</source>
        <translation>逾期合计金额（带币种），例如 ¥12,345.67</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="104"/>
        <source>The overdue total in Chinese capitals (大写金额)</source>
        <translation>逾期合计的大写金额</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="106"/>
        <source>The currency code, e.g. CNY</source>
        <translation>币种代码，例如 CNY</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="107"/>
        <source>The date by which to pay</source>
        <translation>付款期限日期</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="108"/>
        <source>Days from the letter&apos;s date to the deadline</source>
        <translation>自发函之日至付款期限的天数</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="111"/>
        <source>Days past due of the oldest overdue invoice</source>
        <translation>最早一笔逾期单据的逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="113"/>
        <source>The letter&apos;s date</source>
        <translation>发函日期</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="114"/>
        <source>The letter&apos;s level: 1, 2 or 3</source>
        <translation>催款函级别：1、2 或 3</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="115"/>
        <source>The letter&apos;s reference number</source>
        <translation>函件编号</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="116"/>
        <location filename="../../app/greeting_templates.py" line="110"/>
        <source>Our company&apos;s name</source>
        <translation>我司名称</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="117"/>
        <location filename="../../app/greeting_templates.py" line="112"/>
        <source>Our phone number</source>
        <translation>我司电话</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="118"/>
        <source>Our address</source>
        <translation>我司地址</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="119"/>
        <source>Our bank (开户行)</source>
        <translation>我司开户行</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="120"/>
        <source>Our bank account number</source>
        <translation>我司银行账号</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="121"/>
        <source>The account holder payments go to (户名)</source>
        <translation>收款账户户名</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="122"/>
        <source>Who signs the letter</source>
        <translation>落款人</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="51"/>
        <source>Line {line}: {problem}</source>
        <extracomment>Most numbers ``range`` gives a loop.</extracomment>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="52"/>
        <source>Line {line}: unknown placeholder “{name}”</source>
        <translation>第 {line} 行：未知的占位符“{name}”</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="53"/>
        <source>Line {line}: “{name}” is not allowed: a template cannot reach into the program</source>
        <translation>第 {line} 行：不允许使用“{name}”：模板不能访问程序内部</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="56"/>
        <source>Line {line}: “{name}” is not a placeholder: use “{base}” as it is</source>
        <translation>第 {line} 行：“{name}”不是占位符，请直接使用“{base}”</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="59"/>
        <source>Line {line}: “{what}” is not allowed in a letter</source>
        <translation>第 {line} 行：函件中不允许使用“{what}”</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="60"/>
        <source>Line {line}: the filter “{name}” is not allowed</source>
        <translation>第 {line} 行：不允许使用过滤器“{name}”</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="61"/>
        <source>Line {line}: a loop inside a loop is not allowed</source>
        <translation>第 {line} 行：不允许循环嵌套</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="62"/>
        <source>Line {line}: range() gives at most {limit} numbers</source>
        <translation>第 {line} 行：range() 最多只能生成 {limit} 个数</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="63"/>
        <source>Line {line}: the letter would be too long (more than {limit} characters)</source>
        <translation>第 {line} 行：函件过长（超过 {limit} 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="66"/>
        <source>The letter would be too long (more than {limit} characters): check the loops</source>
        <translation>函件过长（超过 {limit} 个字符）：请检查循环</translation>
    </message>
    <message>
        <location filename="../../app/holidays.py" line="261"/>
        <location filename="../../app/template_sandbox.py" line="71"/>
        <source>Too long: at most {max} characters</source>
        <translation>过长：最多 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/holidays.py" line="272"/>
        <source>“{name}” is a built-in holiday already</source>
        <translation>“{name}”已是内置节日</translation>
    </message>
    <message>
        <location filename="../../app/holidays.py" line="282"/>
        <source>“{name}” is kept for birthdays and anniversaries</source>
        <translation>“{name}”专用于生日和纪念日</translation>
    </message>
    <message>
        <location filename="../../app/holidays.py" line="335"/>
        <source>The lunar year {year} has no leap month {month}</source>
        <translation>农历 {year} 年没有闰 {month} 月</translation>
    </message>
    <message>
        <location filename="../../app/holidays.py" line="350"/>
        <source>Another holiday is called “{name}” already</source>
        <translation>已有名为“{name}”的节日</translation>
    </message>
    <message>
        <location filename="../../app/dunning_templates.py" line="127"/>
        <source>The subject must be a single line</source>
        <translation>标题只能有一行</translation>
    </message>
    <message>
        <location filename="../../app/template_sandbox.py" line="72"/>
        <source>Someone else changed this template after you opened it. Your text was not saved; it is still in the editor.</source>
        <translation>您打开此模板后，其他人已修改了它。您的文本未保存，仍保留在编辑框中。</translation>
    </message>
    <message>
        <location filename="../../app/documents/batch.py" line="138"/>
        <source>{path} is a file; choose a folder for one file per customer.</source>
        <extracomment>Names Windows refuses as file names, whatever the extension. Customers of the selection with nothing to print. What was printed, per customer: (number, name, detail) for a summary.</extracomment>
        <translation>{path} 是一个文件；每位客户一个文件时请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/documents/batch.py" line="145"/>
        <source>{path} is a folder; give the name of the PDF file to write.</source>
        <translation>{path} 是一个文件夹；请给出要写入的 PDF 文件名。</translation>
    </message>
    <message>
        <location filename="../../app/documents/batch.py" line="188"/>
        <source>Nothing to print: none of the {count} customers selected has a balance or an entry in the period.</source>
        <translation>没有可打印的内容：所选的 {count} 位客户在本期既无余额也无往来。</translation>
    </message>
    <message>
        <location filename="../../app/documents/batch.py" line="228"/>
        <source>Nothing to print: no customer of the selection has an overdue debt.</source>
        <translation>没有可打印的内容：所选客户都没有逾期欠款。</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="56"/>
        <source>CSV for an SMS platform</source>
        <translation>用于短信平台的 CSV</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="57"/>
        <source>Excel (XLSX) for an SMS platform</source>
        <translation>用于短信平台的 Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="58"/>
        <source>The list as a PDF</source>
        <translation>名单 PDF</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="59"/>
        <source>Greeting cards (PDF)</source>
        <translation>贺卡 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="60"/>
        <source>Address labels (PDF)</source>
        <translation>地址标签 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="61"/>
        <source>Envelopes (PDF)</source>
        <translation>信封 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="66"/>
        <source>UTF-8 (Excel and most platforms)</source>
        <translation>UTF-8（Excel 和大多数平台）</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="67"/>
        <source>GBK (older Chinese SMS platforms)</source>
        <translation>GBK（较老的国内短信平台）</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="70"/>
        <source>No mobile number: left out</source>
        <translation>没有手机号：未包含</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="71"/>
        <location filename="../../app/documents/batch.py" line="521"/>
        <source>No address: left out</source>
        <extracomment>An English template (marked for translation) and its parameters.</extracomment>
        <translation>没有地址：已略过</translation>
    </message>
    <message>
        <location filename="../../app/exporter.py" line="63"/>
        <source>CSV (Excel, accounting programs)</source>
        <translation>CSV（Excel、财务软件）</translation>
    </message>
    <message>
        <location filename="../../app/exporter.py" line="64"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/exporter.py" line="65"/>
        <source>vCard for phones (VCF)</source>
        <translation>手机通讯录 vCard (VCF)</translation>
    </message>
    <message>
        <location filename="../../app/exporter.py" line="71"/>
        <source>UTF-8 with BOM (Excel opens it directly)</source>
        <extracomment>File name extensions and the format they stand for.</extracomment>
        <translation>带 BOM 的 UTF-8（Excel 可直接打开）</translation>
    </message>
    <message>
        <location filename="../../app/exporter.py" line="72"/>
        <source>UTF-8 without BOM (other programs)</source>
        <translation>不带 BOM 的 UTF-8（其他程序）</translation>
    </message>
    <message>
        <location filename="../../app/exporter.py" line="73"/>
        <source>GBK (older Chinese programs)</source>
        <translation>GBK（较老的国内软件）</translation>
    </message>
    <message>
        <location filename="../../app/exporter.py" line="74"/>
        <source>GB18030 (GBK plus every other character)</source>
        <translation>GB18030（GBK 加上所有其他字符）</translation>
    </message>
    <message>
        <location filename="../../app/exporter.py" line="162"/>
        <location filename="../../app/greeting_output.py" line="113"/>
        <source>Unknown choice “{value}”; choose one of {choices}</source>
        <extracomment>Columns whose values are the user&apos;s own text (guarded against formulas). The customer columns a card is made of (not the keys, stamps and times).
----------
Words of the file names and titles, by output and language. A text cell starting with one of these is a formula to a spreadsheet. Rows left out, with an English reason template (e.g. ``NO_MOBILE``).</extracomment>
        <translation>未知选项“{value}”；请从 {choices} 中选择</translation>
    </message>
    <message>
        <location filename="../../app/exporter.py" line="336"/>
        <source>Customer {customer}, {column}: “{char}” in “{text}” has no GBK code. Export as UTF-8 (Excel reads it too) or as GB18030 instead.</source>
        <translation>客户 {customer}，{column}：“{text}”中的“{char}”没有 GBK 编码。请改为导出 UTF-8（Excel 也能读取）或 GB18030。</translation>
    </message>
    <message>
        <location filename="../../app/export_xlsx.py" line="187"/>
        <source>Customer {customer}, {column}: {length} characters are more than an Excel cell holds ({limit}). Export as CSV instead.</source>
        <extracomment>Excel&apos;s limit for the text of one cell. Customers from which on the sheet may pass 2 GB (rows are ~2 KB at most in practice). Rows looked at to size the columns (all of them would cost time for nothing). Cell styles (cellXfs): 0 plain, 1 bold heading, 2 date, 3 money, 4 text (&quot;@&quot;), 5 count. Characters XML 1.0 cannot hold at all (openpyxl drops them too). Day 0 of Excel&apos;s 1900 date system (with its 1900 leap year: right from March 1900). Earlier dates Excel cannot show as dates (or shows a day off): written as text.</extracomment>
        <translation>客户 {customer}，{column}：{length} 个字符超过了 Excel 单元格的容量（{limit}）。请改为导出 CSV。</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="178"/>
        <source>The greeting text ({occasion}, {language}) does not work for row {row} ({name}): {problem}. Correct it under Greeting texts.</source>
        <translation>问候文本（{occasion}，{language}）用于第 {row} 行（{name}）时出错：{problem}。请在“问候文本”中改正。</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="237"/>
        <source>Nothing to export: none of the {count} people chosen has a mobile number.</source>
        <extracomment>The guard of every spreadsheet cell Kehu writes (app.cell_guard).</extracomment>
        <translation>没有可导出的内容：所选 {count} 人都没有手机号。</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="253"/>
        <source>Row {row} ({name}): “{char}” in “{text}” has no GBK code. Save as UTF-8 instead: Excel and most SMS platforms read it too.</source>
        <translation>第 {row} 行（{name}）：“{text}”中的“{char}”没有 GBK 编码。请改存为 UTF-8：Excel 和大多数短信平台都能读取。</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="394"/>
        <source>Nothing to print: no one was chosen.</source>
        <translation>没有可打印的内容：没有选择任何人。</translation>
    </message>
    <message>
        <location filename="../../app/documents/envelopes.py" line="51"/>
        <source>DL, 220 x 110 mm (No. 5)</source>
        <translation>DL，220 x 110 毫米（5号信封）</translation>
    </message>
    <message>
        <location filename="../../app/documents/envelopes.py" line="52"/>
        <source>C5, 229 x 162 mm (No. 7)</source>
        <translation>C5，229 x 162 毫米（7号信封）</translation>
    </message>
    <message>
        <location filename="../../app/documents/envelopes.py" line="107"/>
        <source>Unknown envelope size {size}; choose one of {sizes}</source>
        <extracomment>The red of the printed postcode boxes (PANTONE 1795 C). Customers left out because they have no address, in the order given.</extracomment>
        <translation>未知的信封尺寸 {size}；请从 {sizes} 中选择</translation>
    </message>
    <message>
        <location filename="../../app/documents/label_layouts.py" line="80"/>
        <source>A4, 3 x 8 labels of 70 x 37 mm (e.g. Avery 3474)</source>
        <extracomment>Rounding slack: makers quote sizes to 0.05 mm, so sums can miss by a hair.</extracomment>
        <translation>A4，3 x 8 张 70 x 37 毫米标签（如 Avery 3474）</translation>
    </message>
    <message>
        <location filename="../../app/documents/label_layouts.py" line="92"/>
        <source>A4, 3 x 7 labels of 63.5 x 38.1 mm (e.g. Avery L7160)</source>
        <translation>A4，3 x 7 张 63.5 x 38.1 毫米标签（如 Avery L7160）</translation>
    </message>
    <message>
        <location filename="../../app/documents/label_layouts.py" line="105"/>
        <source>A4, 2 x 7 labels of 99.1 x 38.1 mm (e.g. Avery L7163)</source>
        <translation>A4，2 x 7 张 99.1 x 38.1 毫米标签（如 Avery L7163）</translation>
    </message>
    <message>
        <location filename="../../app/documents/label_layouts.py" line="118"/>
        <source>Letter, 3 x 10 labels of 2 5/8 x 1 in (e.g. Avery 5160)</source>
        <translation>Letter，3 x 10 张 2 5/8 x 1 英寸标签（如 Avery 5160）</translation>
    </message>
    <message>
        <location filename="../../app/documents/label_layouts.py" line="131"/>
        <source>Too large: the labels would run {over} mm past the right edge of the sheet; at most {largest} mm fits</source>
        <translation>太大：标签将超出纸张右边缘 {over} 毫米；最多可设 {largest} 毫米</translation>
    </message>
    <message>
        <location filename="../../app/documents/label_layouts.py" line="136"/>
        <source>Too large: the labels would run {over} mm past the bottom edge of the sheet; at most {largest} mm fits</source>
        <translation>太大：标签将超出纸张下边缘 {over} 毫米；最多可设 {largest} 毫米</translation>
    </message>
    <message>
        <location filename="../../app/documents/label_layouts.py" line="167"/>
        <source>Must be a number of millimetres</source>
        <translation>必须是毫米数</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="306"/>
        <source>Nothing to print: no customers were chosen.</source>
        <extracomment>Line height as a multiple of the font size. Smallest size the text of a label shrinks to before it is cut (points). Characters a Chinese line must not begin with (避头点): they stay with the character before them. Customers left out because they have no address, in the order given. Extra space above the paragraph, in lines of its own size.</extracomment>
        <translation>没有可打印的内容：没有选择客户。</translation>
    </message>
    <message>
        <location filename="../../app/greeting_output.py" line="364"/>
        <location filename="../../app/documents/labels.py" line="312"/>
        <source>Nothing to print: none of the {count} customers chosen has an address.</source>
        <translation>没有可打印的内容：所选的 {count} 位客户都没有地址。</translation>
    </message>
    <message>
        <location filename="../../app/documents/output.py" line="18"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/greeting_settings.py" line="54"/>
        <source>Choose 28 February or 1 March</source>
        <extracomment>Who of a company is greeted on a holiday. 29 February in a common year: &quot;feb28&quot; or &quot;mar1&quot;. The upcoming list looks this many days ahead. On a holiday, greet a company&apos;s main contact or all its contacts.</extracomment>
        <translation>请选择 2 月 28 日或 3 月 1 日</translation>
    </message>
    <message>
        <location filename="../../app/greeting_settings.py" line="67"/>
        <source>Choose one of the options</source>
        <translation>请选择其中一项</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="56"/>
        <source>Greeting card</source>
        <translation>贺卡</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="75"/>
        <source>How the person is addressed: 王总, 李经理, 张女士, Mr. Smith</source>
        <extracomment>Longest text a template may produce: its own limit, with room for the placeholders. Characters of one SMS, and of each part of a longer one (as Chinese SMS platforms count them: every character, Chinese or not, is one). The key of the default shared by the business&apos;s own holidays.</extracomment>
        <translation>对此人的称呼：王总、李经理、张女士、Mr. Smith</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="79"/>
        <source>The person&apos;s full name</source>
        <translation>此人的全名</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="82"/>
        <source>The customer: the company&apos;s name, or the person&apos;s own</source>
        <translation>客户：单位名称，或个人姓名</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="86"/>
        <source>The occasion in the person&apos;s language: 中秋节, Mid-Autumn Festival, 生日</source>
        <translation>用此人语言表示的场合：中秋节、Mid-Autumn Festival、生日</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="92"/>
        <source>The day greeted for: 2026年9月25日 or 25 September 2026</source>
        <translation>问候对应的日子：2026年9月25日 或 25 September 2026</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="94"/>
        <source>The year of the day greeted for, e.g. 2026</source>
        <translation>问候对应日子的年份，例如 2026</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="97"/>
        <source>The age turned on a birthday, the years since founding on an anniversary; 0 when not known, so that “if age” can test it</source>
        <translation>生日时的周岁，纪念日时的成立年数；未知时为 0，便于用“if age”判断</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="105"/>
        <source>The person&apos;s Chinese zodiac animal (生肖): 马 or Horse; empty when not known</source>
        <translation>此人的生肖：马 或 Horse；未知时为空</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="111"/>
        <source>Who signs for us</source>
        <translation>我方落款人</translation>
    </message>
    <message>
        <location filename="../../app/greeting_templates.py" line="117"/>
        <source>The title must be a single line</source>
        <translation>标题只能有一行</translation>
    </message>
    <message>
        <location filename="../../app/greetings.py" line="103"/>
        <source>Choose the first and last day</source>
        <extracomment>Longest date range of a birthday list. The solar year the greeting is for (the year of ``on``). The day greeted for: the holiday, the birthday this year.</extracomment>
        <translation>请选择起止日期</translation>
    </message>
    <message>
        <location filename="../../app/greetings.py" line="109"/>
        <source>The last day is before the first day</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../app/greetings.py" line="116"/>
        <source>At most {days} days at a time</source>
        <translation>一次最多 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/greetings.py" line="124"/>
        <location filename="../../app/holidays.py" line="214"/>
        <source>No holiday is called “{name}”. Known: {known}.</source>
        <extracomment>Occasions that are not holidays: a person&apos;s birthday, a company&apos;s founding day. Names a custom holiday cannot take: a greeting list (and the command line) reads them as birthdays or anniversaries. Only in this year (solar, or lunar for a lunar date); None: every year. 除夕: the last day of the 12th lunar month, whatever its length. Other names people use, normalised (``_normal``), for ``find``.</extracomment>
        <translation>没有名为“{name}”的节日。已知节日：{known}。</translation>
    </message>
    <message>
        <location filename="../../app/lunar.py" line="81"/>
        <source>The lunar calendar is known for the years {first} to {last} only.</source>
        <extracomment>Julian day number of 0001-01-01 minus its ordinal (1): JD -&gt; date. The animals of the Chinese zodiac (生肖), from the year of the rat.</extracomment>
        <translation>农历只支持 {first} 年至 {last} 年。</translation>
    </message>
    <message>
        <location filename="../../app/documents/greeting_cards.py" line="47"/>
        <source>A5 landscape (210 x 148 mm)</source>
        <translation>A5 横向（210 × 148 毫米）</translation>
    </message>
    <message>
        <location filename="../../app/documents/greeting_cards.py" line="48"/>
        <source>A4 landscape (297 x 210 mm)</source>
        <translation>A4 横向（297 × 210 毫米）</translation>
    </message>
    <message>
        <location filename="../../app/documents/greeting_cards.py" line="76"/>
        <source>Unknown card size {paper}; choose one of {papers}</source>
        <extracomment>The gold of the border. Body sizes tried from the largest down, in points on an A5 card. Printed under our name at the bottom right (the day greeted for).</extracomment>
        <translation>未知贺卡尺寸 {paper}；请从 {papers} 中选择</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="96"/>
        <source>The file {name} is empty (0 bytes). Choose another file.</source>
        <extracomment>Excel&apos;s limits as far as an import needs them: a wider sheet is not a customer list, and a longer cell does not fit in Excel either. A CSV or vCard is read whole; 100,000 customers take some 30 MB. How much of a CSV the delimiter is guessed from. At most this many title rows are skipped above the header. Cell values: str (CSV, vCard) or str/date/datetime/int/float/bool/None (XLSX). The source&apos;s number of each row: 1-based with the header as 1 (unless a title row is above it) for CSV and XLSX; the card number for a vCard. Parts of the file left out, as (row or card number, message): the message is an English text marked for translation (context &quot;app&quot;). The row the headers were taken from (CSV, XLSX).</extracomment>
        <translation>文件 {name} 是空的（0 字节）。请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="97"/>
        <source>{name} has no rows: the first row should name the columns (姓名, 手机 ...).</source>
        <translation>{name} 没有任何行：第一行应为列标题（姓名、手机……）。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="100"/>
        <source>Cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="101"/>
        <source>{name} is larger than {limit} MB. Split it into smaller files and import each.</source>
        <translation>{name} 超过 {limit} MB。请拆分成较小的文件分别导入。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="104"/>
        <source>{name} is not a text file (CSV) but some other kind of file with a CSV name. Open it in the program that made it and save it as CSV or Excel (.xlsx).</source>
        <translation>{name} 不是文本文件（CSV），而是改了 CSV 名称的其他文件。请在生成它的程序中打开，另存为 CSV 或 Excel（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="109"/>
        <source>The characters of {name} are in no encoding Kehu recognises (UTF-8, GBK/GB18030). Choose the encoding by hand, or save the file again as “CSV UTF-8” in Excel.</source>
        <translation>{name} 的字符不属于可识别的编码（UTF-8、GBK/GB18030）。请手动选择编码，或在 Excel 中重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="114"/>
        <source>{name} is not in {encoding}: the text on line {line} does not decode. Choose another encoding.</source>
        <translation>{name} 不是 {encoding} 编码：第 {line} 行的文字无法解码。请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="119"/>
        <source>Unknown encoding “{encoding}”; choose one of {choices}.</source>
        <translation>未知编码“{encoding}”；请从 {choices} 中选择。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="120"/>
        <source>Unknown delimiter “{delimiter}”; choose comma, semicolon or tab.</source>
        <translation>未知分隔符“{delimiter}”；请选择逗号、分号或制表符。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="123"/>
        <source>Unknown format “{format}”; choose csv, xlsx or vcf.</source>
        <translation>未知格式“{format}”；请选择 csv、xlsx 或 vcf。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="124"/>
        <source>{name} is a web page (HTML) or XML file under a spreadsheet name, as some systems export. Open it in Excel or WPS and save it as Excel (.xlsx) or CSV, then import that.</source>
        <translation>{name} 是用表格文件名保存的网页（HTML）或 XML 文件（有些系统这样导出）。请用 Excel 或 WPS 打开，另存为 Excel（.xlsx）或 CSV 后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="130"/>
        <source>{name} cannot be read as CSV near row {row}: {reason}. Open it in Excel or WPS and save it again as CSV or Excel (.xlsx).</source>
        <translation>{name} 在第 {row} 行附近无法按 CSV 读取：{reason}。请用 Excel 或 WPS 打开，重新另存为 CSV 或 Excel（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="135"/>
        <source>Row {row} of {name} has {count} columns; a customer list may have at most {limit}. Check the delimiter, or delete the columns that are not needed.</source>
        <translation>{name} 第 {row} 行有 {count} 列；客户名单最多 {limit} 列。请检查分隔符，或删除不需要的列。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="140"/>
        <source>The cell in row {row}, column {column} of {name} holds more than {limit} characters, more than Excel allows. Shorten it, or check that the file is a customer list.</source>
        <translation>{name} 第 {row} 行 {column} 列的单元格超过 {limit} 个字符，超出 Excel 的限制。请缩短内容，或确认文件是客户名单。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="145"/>
        <source>A cell in row {row} of {name} holds more than {limit} characters, more than Excel allows. Shorten it, or check that the file is a customer list.</source>
        <translation>{name} 第 {row} 行有单元格超过 {limit} 个字符，超出 Excel 的限制。请缩短内容，或确认文件是客户名单。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="150"/>
        <source>{name} is not an Excel workbook (.xlsx) or it is damaged. Open it in Excel or WPS and save it again as .xlsx, or as CSV.</source>
        <translation>{name} 不是 Excel 工作簿（.xlsx）或已损坏。请用 Excel 或 WPS 打开，重新另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="155"/>
        <source>{name} is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and save it as Excel workbook (.xlsx) or CSV, then import that.</source>
        <translation>{name} 是旧版 Excel 97-2003 工作簿（.xls）。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）或 CSV 后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="160"/>
        <source>{name} is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it, then import it again.</source>
        <translation>{name} 设有密码保护。请在 Excel 中打开，去掉密码（文件 → 信息 → 保护工作簿）并保存后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="165"/>
        <source>{name} has no sheet “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>{name} 中没有工作表“{sheet}”。它的工作表有：{sheets}。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="166"/>
        <source>{name} has no worksheet with cells.</source>
        <translation>{name} 中没有含单元格的工作表。</translation>
    </message>
    <message>
        <location filename="../../app/import_files.py" line="167"/>
        <source>{name} holds no contact cards (no BEGIN:VCARD). Choose a .vcf file exported from a phone or an address book.</source>
        <translation>{name} 中没有联系人名片（没有 BEGIN:VCARD）。请选择从手机或通讯录导出的 .vcf 文件。</translation>
    </message>
    <message>
        <location filename="../../app/import_mapping.py" line="27"/>
        <source>Choose the column that holds the customer name</source>
        <translation>请选择包含客户名称的列</translation>
    </message>
    <message>
        <location filename="../../app/import_mapping.py" line="28"/>
        <source>No column is matched to a customer field: choose what each column holds</source>
        <translation>没有任何列对应到客户字段：请选择每一列的内容</translation>
    </message>
    <message>
        <location filename="../../app/import_mapping.py" line="31"/>
        <source>{field} is chosen for more than one column: {columns}</source>
        <translation>“{field}”被选给了多个列：{columns}</translation>
    </message>
    <message>
        <location filename="../../app/import_mapping.py" line="32"/>
        <source>Unknown field: {key}</source>
        <translation>未知字段：{key}</translation>
    </message>
    <message>
        <location filename="../../app/import_plan.py" line="46"/>
        <source>Row {row} already has this customer number</source>
        <translation>第 {row} 行已使用此客户编号</translation>
    </message>
    <message>
        <location filename="../../app/import_plan.py" line="47"/>
        <source>Repeats row {row} ({reason}): skipped</source>
        <translation>与第 {row} 行重复（{reason}）：已跳过</translation>
    </message>
    <message>
        <location filename="../../app/import_plan.py" line="48"/>
        <source>Matches the existing customer {number} {name}: {reason}</source>
        <translation>与已有客户 {number} {name} 匹配：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/import_rows.py" line="30"/>
        <source>Group “{name}”: {problem}</source>
        <extracomment>Rows a worker reads per job (and rows between two progress reports).</extracomment>
        <translation>分组“{name}”：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/import_plan.py" line="57"/>
        <source>Same existing customer</source>
        <translation>同一个已有客户</translation>
    </message>
    <message>
        <location filename="../../app/importer.py" line="81"/>
        <source>The existing customer changed since the check: {problem}</source>
        <translation>检查之后已有客户被修改：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/vcard.py" line="86"/>
        <source>This card cannot be read (it is damaged or not a vCard); it was left out.</source>
        <extracomment>The keys a card can give, in the order of the table&apos;s columns. Excel&apos;s cell limit: a longer value is not a contact&apos;s. A property&apos;s raw text may be longer than its value (quoted-printable).</extracomment>
        <translation>此名片无法读取（已损坏或不是 vCard）；已略过。</translation>
    </message>
    <message>
        <location filename="../../app/vcard.py" line="89"/>
        <source>A field of this card is longer than 32,767 characters; the card was left out.</source>
        <translation>此名片有字段超过 32,767 个字符；已略过该名片。</translation>
    </message>
    <message>
        <location filename="../../app/vcard.py" line="92"/>
        <source>This card does not end (END:VCARD is missing); what it holds was read.</source>
        <translation>此名片没有结尾（缺少 END:VCARD）；已读取其中的内容。</translation>
    </message>
    <message>
        <location filename="../../app/audit_undo.py" line="100"/>
        <source>This can no longer be undone: the cards were changed again since.</source>
        <extracomment>How many past archives and deletes are looked at for one still undoable. A delete&apos;s contact and membership entries are written within this many seconds before the card&apos;s own entry (one transaction).</extracomment>
        <translation>已无法撤销：这些资料卡此后又被修改过。</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="17"/>
        <source>The backup folder {folder} is not there any more (a removed drive, or a deleted or renamed folder). Create it again or choose another backup folder.</source>
        <translation>备份文件夹{folder}已不存在（驱动器已移除，或文件夹已被删除或重命名）。请重新创建该文件夹，或选择其他备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="29"/>
        <source>Kehu cannot write to the backup folder {folder} ({reason}). Choose another backup folder.</source>
        <translation>客户档案无法写入备份文件夹{folder}（{reason}）。请选择其他备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="42"/>
        <source>There is not enough free space in {folder}; the backup was not written and nothing was changed. Free some space or choose a backup folder on another disk.</source>
        <translation>{folder}中的可用空间不足；备份没有写入，也没有做任何改动。请释放一些空间，或选择其他磁盘上的备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="54"/>
        <source>The backup failed its check after it was written ({detail}) and was deleted. Either the disk of {folder} is faulty or the database itself is damaged: try another backup folder, and if that fails too, restore a good backup.</source>
        <translation>备份写入后未通过检查（{detail}），已被删除。可能是{folder}所在的磁盘有故障，也可能是数据库本身已损坏：请换一个备份文件夹试试；如果仍然失败，请恢复一份完好的备份。</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="76"/>
        <source>There is no backup file {path}.</source>
        <translation>备份文件{path}不存在。</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="84"/>
        <source>The backup {path} cannot be read: {reason}</source>
        <translation>无法读取备份{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="91"/>
        <source>{path} is not a Kehu backup: it is not an SQLite database file.</source>
        <translation>{path}不是客户档案备份：它不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="100"/>
        <source>The backup {path} is incomplete: the file was cut off ({size} of {expected} bytes). It cannot be restored; choose another backup.</source>
        <translation>备份{path}不完整：文件被截断了（只有{size}字节，应为{expected}字节）。无法恢复；请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="133"/>
        <source>{path} was not made by Kehu (it has no Kehu schema version). Choose a Kehu backup.</source>
        <translation>{path}不是由客户档案创建的（其中没有客户档案的结构版本）。请选择客户档案的备份。</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="143"/>
        <source>The backup {path} was made by a newer Kehu (schema {found}; this program knows up to {known}). Update Kehu to restore it; nothing was changed.</source>
        <translation>备份{path}由更新版本的客户档案创建（结构版本{found}；本程序最高支持{known}）。请升级客户档案后再恢复；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/backup_verify.py" line="158"/>
        <source>The backup {path} is damaged ({detail}). It cannot be restored; choose another backup.</source>
        <translation>备份{path}已损坏（{detail}）。无法恢复；请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../app/backup_writer.py" line="160"/>
        <source>The backup could not be written to {folder}: {reason}</source>
        <extracomment>Pages copied per step of the backup API when restoring (16 MB with 4 KB pages): a progress report per step. Nobody writes to a backup meanwhile.</extracomment>
        <translation>无法将备份写入{folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="79"/>
        <source>There is no database file to back up.</source>
        <translation>没有可备份的数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="212"/>
        <source>Kehu must update the database {path} to this version, but could not write a backup of it first ({reason}). The database was not changed. Free some space or make the backup folder writable, then open it again.</source>
        <extracomment>A half-written backup older than this was left by a process that died (a younger one may be another instance&apos;s backup being written now).</extracomment>
        <translation>客户档案需要将数据库{path}升级到当前版本，但未能事先为它写入备份（{reason}）。数据库没有改动。请释放一些空间，或让备份文件夹可写，然后重新打开。</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="264"/>
        <source>The damaged database {path} could not be moved aside ({reason}); nothing was restored. Close every program using it and try again.</source>
        <extracomment>The backup of the database as it was just before (None: there was none). Where a damaged current file was moved to instead (None: not needed).</extracomment>
        <translation>无法将已损坏的数据库{path}移到一旁（{reason}）；没有恢复任何内容。请关闭所有正在使用它的程序，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="316"/>
        <source>{path} is the database itself; choose a backup to restore from.</source>
        <translation>{path}是数据库本身；请选择要从中恢复的备份。</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="352"/>
        <source>The backup could not be written into {path} ({reason}). The database is as it was.</source>
        <translation>无法将备份写入{path}（{reason}）。数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="219"/>
        <source>The database file is read-only: {path}. Nothing was changed. To work with it, make the file and its folder writable (on Windows: the file&apos;s Properties, untick Read-only) or copy it to a folder of yours and open the copy.</source>
        <extracomment>Up to this size a check is the thorough ``integrity_check`` (it also compares every index with its table); above it, ``quick_check``, which checks every page and b-tree but takes a tenth of the time. Pages the header says the file has; None when that field is not valid. False when the time budget ran out first (ok then means &quot;no problem found in the part that was checked&quot;). The first problems SQLite reported.</extracomment>
        <translation>数据库文件是只读的：{path}。没有做任何改动。如需使用，请将该文件及其所在文件夹设为可写（Windows 中：在文件的“属性”中取消勾选“只读”），或将它复制到您自己的文件夹中，然后打开副本。</translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="231"/>
        <source>The disk is full: the change could not be saved to {path}. Nothing was lost; the data stored before is intact. Free some space on the disk, then try again.</source>
        <translation>磁盘已满：修改无法保存到{path}。没有丢失任何数据；之前保存的数据完好无损。请在磁盘上释放一些空间，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/storage_location.py" line="33"/>
        <source>The database {path} is on a network share ({detail}). SQLite databases on network shares get damaged when the connection drops or when two computers write at the same time. Keep the database on this computer&apos;s own disk (a local folder) and let your backup or sync tool copy Kehu&apos;s backups instead. For several people in one office a shared-server mode (PostgreSQL) is planned; until then keep the database on one computer.</source>
        <translation>数据库{path}位于网络共享文件夹中（{detail}）。网络共享文件夹中的 SQLite 数据库在连接中断或两台电脑同时写入时会损坏。请将数据库保存在本机自己的磁盘上（本地文件夹），改由您的备份或同步工具复制客户档案的备份文件。计划推出供同一办公室多人使用的共享服务器模式（PostgreSQL）；在此之前，请只在一台电脑上保存数据库。</translation>
    </message>
    <message>
        <location filename="../../app/storage_location.py" line="43"/>
        <source>The database {path} is in the {service} sync folder. Sync tools copy a database while Kehu is writing it and can damage it or bring back an older copy. Keep the database on this computer&apos;s own disk (a local folder outside {service}) and let {service} copy Kehu&apos;s backups instead. For several people in one office a shared-server mode (PostgreSQL) is planned; until then keep the database on one computer.</source>
        <translation>数据库{path}位于{service}同步文件夹中。同步工具会在客户档案写入数据库时复制它，可能损坏数据库，或将其恢复成旧的副本。请将数据库保存在本机自己的磁盘上（{service}之外的本地文件夹），改由{service}复制客户档案的备份文件。计划推出供同一办公室多人使用的共享服务器模式（PostgreSQL）；在此之前，请只在一台电脑上保存数据库。</translation>
    </message>
</context>
</TS>

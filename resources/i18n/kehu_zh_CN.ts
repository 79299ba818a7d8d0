<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <location filename="../../ui/app.py" line="98"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
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
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contacts.py" line="140"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="168"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="169"/>
        <location filename="../../ui/contacts.py" line="220"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="170"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="171"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="172"/>
        <location filename="../../ui/contacts.py" line="216"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="173"/>
        <location filename="../../ui/contacts.py" line="217"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="174"/>
        <location filename="../../ui/contacts.py" line="218"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="175"/>
        <location filename="../../ui/contacts.py" line="221"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="176"/>
        <location filename="../../ui/contacts.py" line="219"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="177"/>
        <location filename="../../ui/contacts.py" line="222"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="210"/>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="215"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="240"/>
        <source>Press OK again to keep it as it is.</source>
        <translation>如确认无误，请再点一次“确定”。</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/contacts.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="55"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="56"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="57"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="58"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="59"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/contacts.py" line="60"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../ui/customer_card.py" line="171"/>
        <source>New corporate customer</source>
        <translation>新建单位客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="173"/>
        <source>New individual customer</source>
        <translation>新建个人客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="176"/>
        <source>Customer card: {name}</source>
        <translation>客户资料卡：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="198"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="199"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="272"/>
        <source>Basic</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="276"/>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="277"/>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="277"/>
        <source>automatic</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="281"/>
        <source>Registered name *</source>
        <translation>单位名称 *</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="281"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="283"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="284"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="290"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="292"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="292"/>
        <source>how we met, e.g. trade fair</source>
        <translation>如何结识，如：展会</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="295"/>
        <source>Document language</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="298"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="300"/>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="300"/>
        <source>18 characters; fills birthday</source>
        <translation>18 位，填写后自动带出生日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="303"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="304"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="305"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="308"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="308"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="310"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="311"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="313"/>
        <source>Size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="315"/>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="324"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="325"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="329"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="329"/>
        <source>Landline</source>
        <translation>座机</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="332"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="333"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="334"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="335"/>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="336"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="337"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="338"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="358"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="361"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="363"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="365"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="367"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="381"/>
        <source>Contact persons</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="385"/>
        <source>Payment and credit</source>
        <translation>付款与信用</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="386"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="387"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="389"/>
        <source>Invoice required</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="391"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="393"/>
        <source>Settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="396"/>
        <source>Days net</source>
        <translation>账期天数</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="396"/>
        <source>for &apos;N days net&apos;</source>
        <translation>结算方式为“账期N天”时填写</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="399"/>
        <source>Payment days of the month</source>
        <translation>每月付款日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="401"/>
        <source>Who signs payments</source>
        <translation>付款签批人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="405"/>
        <source>Signer in the office</source>
        <translation>签批人在岗时间</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="406"/>
        <source>e.g. Tue and Thu mornings</source>
        <translation>如：周二、周四上午</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="411"/>
        <source>Reconcile first</source>
        <translation>先对账</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="412"/>
        <source>They reconcile a statement before paying</source>
        <translation>付款前要先核对对账单</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="415"/>
        <source>Documents they need</source>
        <translation>付款所需单据</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="418"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="421"/>
        <source>Credit limit (¥)</source>
        <translation>信用额度（元）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="424"/>
        <source>Payment terms (days)</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="429"/>
        <source>Supply hold</source>
        <translation>停止供货</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="430"/>
        <source>No new deliveries until the previous one is paid</source>
        <translation>前款不结，后货不送</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="432"/>
        <source>Hold reason</source>
        <translation>停供原因</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="458"/>
        <source>New group…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="460"/>
        <source>Tick the groups this customer belongs to.</source>
        <translation>勾选该客户所属的分组。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="463"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="466"/>
        <location filename="../../ui/customer_card.py" line="470"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="467"/>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="468"/>
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="469"/>
        <source>Preferences</source>
        <translation>个人喜好</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="642"/>
        <source>Contact {n} ({name}): {problem}</source>
        <translation>第 {n} 位联系人（{name}）：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="679"/>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="682"/>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="685"/>
        <source>Filled from the resident ID: {fields}</source>
        <translation>已按身份证号填写：{fields}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="714"/>
        <source>Remove contact person</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="715"/>
        <source>Remove {name} from this card? This takes effect when you save.</source>
        <translation>从资料卡中删除联系人“{name}”吗？保存后生效。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="728"/>
        <location filename="../../ui/customer_card.py" line="734"/>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="728"/>
        <source>Group name:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="751"/>
        <source>Not saved: please correct the fields marked in red. Your input is kept.</source>
        <translation>未保存：请修改标红的项目。已填写的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="783"/>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未保存：请修改标红的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="788"/>
        <source>Not saved: the database could not be written ({reason}). Your input is kept; try again in a moment.</source>
        <translation>未保存：无法写入数据库（{reason}）。已填写的内容都还在，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="792"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="798"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="799"/>
        <source>You have changed this card. Close it without saving?</source>
        <translation>资料卡已修改，不保存就关闭吗？</translation>
    </message>
</context>
<context>
    <name>CustomerSummary</name>
    <message>
        <location filename="../../ui/customer_summary.py" line="38"/>
        <source>(leap month)</source>
        <translation>（闰月）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="39"/>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="60"/>
        <source>Number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="61"/>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="63"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="67"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="68"/>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="69"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="70"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="72"/>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="77"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="80"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="81"/>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="83"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="86"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="87"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="88"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="89"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="91"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="94"/>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="95"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="102"/>
        <source>limit ¥{amount}</source>
        <translation>额度 ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="108"/>
        <source>{days} days</source>
        <translation>账期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="112"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="115"/>
        <source>Settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="122"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="127"/>
        <source>Supply on hold</source>
        <translation>停止供货</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="129"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="141"/>
        <source>Contact persons</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="158"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/customer_summary.py" line="175"/>
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
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/customer_card.py" line="109"/>
        <source>Please check before saving</source>
        <translation>保存前请核对</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="113"/>
        <source>These values look wrong:</source>
        <translation>以下内容可能有误：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="117"/>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="124"/>
        <source>This customer may already be on file:</source>
        <translation>该客户可能已经建档：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="129"/>
        <source>Open this card</source>
        <translation>打开此资料卡</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="137"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="140"/>
        <source>Go back and correct</source>
        <translation>返回修改</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <source>Kehu customer files — {db}</source>
        <extracomment>emitted when the first page of the list has been loaded</extracomment>
        <translation>客户档案 — {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>New individual…</source>
        <translation>新建个人客户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>New corporate customer…</source>
        <translation>新建单位客户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Open card</source>
        <translation>打开资料卡</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Restore from archive</source>
        <translation>从归档恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Delete permanently…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Remove from this group</source>
        <translation>移出当前分组</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Search name, pinyin (zs), number, phone… (Ctrl+F)</source>
        <translation>搜索名称、拼音首字母（zs）、编号、电话…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Active</source>
        <translation>未归档</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Active and archived</source>
        <translation>全部（含已归档）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Groups</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>About Kehu</source>
        <translation>关于客户档案</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>{shown}+ customers (counting…)</source>
        <translation>{shown}+ 位客户（正在统计总数…）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>{shown}+ customers</source>
        <translation>{shown}+ 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>{shown} of {total} customers shown (scroll for more)</source>
        <translation>共 {total} 位客户，已显示 {shown} 位（向下滚动显示更多）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="323"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="405"/>
        <source>Archive %n customer(s)? Archived cards are hidden from the lists but nothing is deleted; you can restore them any time.</source>
        <translation>
            <numerusform>将 %n 位客户归档吗？归档后不在列表中显示，但资料不会删除，随时可以恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Delete this archived customer for good? This cannot be undone.</source>
        <translation>永久删除这位已归档的客户吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>Kehu</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Database problem</source>
        <translation>数据库出错</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>The database could not be read or written ({reason}). Nothing was changed. Try again in a moment.</source>
        <translation>无法读写数据库（{reason}）。数据没有任何改动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Add to group</source>
        <translation>加入分组</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <source>The new language is used the next time Kehu starts.</source>
        <translation>新的界面语言将在下次启动客户档案时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="500"/>
        <source>Kehu customer files 0.1

Customer cards, groups and collections for small and medium businesses.

Chinese font: WenQuanYi Micro Hei (Apache License 2.0).</source>
        <translation>客户档案 0.1

面向中小企业的客户资料卡、客户分组与货款催收。

中文字体：文泉驿微米黑（Apache License 2.0）。</translation>
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
        <location filename="../../app/checks.py" line="122"/>
        <source>Could not run: {reason}</source>
        <translation>无法执行：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="139"/>
        <source>SQLite reports no damage</source>
        <translation>SQLite 未发现损坏</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="143"/>
        <source>SQLite reports damage: {example} ({count} in all). Restore a backup.</source>
        <translation>SQLite 发现损坏：{example}（共 {count} 处）。请恢复备份。</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="162"/>
        <source>Every reference points at a row</source>
        <translation>所有引用都指向存在的记录</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="178"/>
        <source>{count} references point at missing rows ({tables})</source>
        <translation>{count} 条引用指向不存在的记录（{tables}）</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="189"/>
        <source>Schema {version}, as expected</source>
        <translation>结构版本 {version}，正常</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="194"/>
        <source>The file says schema {found}; this program writes {known}</source>
        <translation>文件的结构版本为 {found}，本程序使用的版本为 {known}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="217"/>
        <source>Every customer has its own number</source>
        <translation>每位客户都有自己的编号，没有重复</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="221"/>
        <source>{empty} customers without a number, {duplicates} numbers used twice: {first}</source>
        <translation>{empty} 位客户没有编号，{duplicates} 个编号重复使用：{first}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="240"/>
        <source>Only corporate customers have contact persons</source>
        <translation>只有单位客户带有联系人</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="245"/>
        <source>{count} customers that are not corporate have contact persons: {first}</source>
        <translation>{count} 位非单位客户带有联系人：{first}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="264"/>
        <source>Every membership joins a customer and a group</source>
        <translation>每条分组成员关系都对应存在的客户和分组</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="270"/>
        <source>{count} memberships point at a missing customer ({customers}) or a missing group ({groups}): {first}</source>
        <translation>{count} 条分组成员关系指向不存在的客户（{customers} 条）或不存在的分组（{groups} 条）：{first}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="329"/>
        <source>{count} customers, each with one up-to-date search key</source>
        <translation>{count} 位客户，搜索索引均为最新</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="336"/>
        <source>{missing} customers without a search key, {stale} with an out-of-date one, {orphans} keys of customers that no longer exist: {first}</source>
        <translation>{missing} 位客户缺少搜索索引，{stale} 位的搜索索引已过期，{orphans} 条索引属于已不存在的客户：{first}</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="348"/>
        <source>Every sort key matches the name</source>
        <translation>排序键均与名称一致</translation>
    </message>
    <message>
        <location filename="../../app/checks.py" line="354"/>
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
        <location filename="../../app/customer_rules.py" line="28"/>
        <source>Choose solar or lunar</source>
        <translation>请选择公历或农历</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="32"/>
        <location filename="../../app/customer_rules.py" line="57"/>
        <source>A birthday cannot be in the future</source>
        <translation>生日不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="36"/>
        <source>The year must be {min} or later</source>
        <translation>年份不能早于 {min} 年</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="41"/>
        <source>The month must be from 1 to 12</source>
        <translation>月份须在 1 到 12 之间</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="45"/>
        <source>Only a lunar date has a leap month</source>
        <translation>只有农历日期才有闰月</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="52"/>
        <source>This month has no day {day}</source>
        <translation>这个月没有 {day} 日</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="61"/>
        <source>A lunar day is from 1 (初一) to 30 (三十)</source>
        <translation>农历日期只能是初一到三十</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="83"/>
        <source>Unknown role: {value}</source>
        <translation>未知的角色：{value}</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="159"/>
        <source>Give the number of days for &apos;N days net&apos;</source>
        <translation>结算方式为“账期N天”时，请填写账期天数</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="164"/>
        <source>Say why deliveries are on hold</source>
        <translation>请填写停止供货的原因</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="174"/>
        <source>At most {max} contact persons</source>
        <translation>联系人最多 {max} 位</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="185"/>
        <source>Only a corporate customer has contact persons; remove them first</source>
        <translation>只有单位客户才能有联系人，请先删除联系人</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="207"/>
        <source>Differs from the birth date in the resident ID ({date})</source>
        <translation>与身份证号中的出生日期（{date}）不一致</translation>
    </message>
    <message>
        <location filename="../../app/customer_rules.py" line="214"/>
        <source>Differs from the gender in the resident ID</source>
        <translation>与身份证号中的性别不一致</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="91"/>
        <source>Same mobile</source>
        <extracomment>Models whose rows make a customer&apos;s history; a customer with any of them is archived, never deleted. Later areas (ledger, collection log) register here.</extracomment>
        <translation>手机号相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="94"/>
        <source>Same resident ID</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="100"/>
        <source>Same unified social credit code</source>
        <translation>统一社会信用代码相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="104"/>
        <source>Same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="124"/>
        <source>Same mobile as a contact person</source>
        <translation>手机号与该客户的联系人相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="138"/>
        <location filename="../../app/customers.py" line="205"/>
        <source>This customer number is already used</source>
        <translation>该客户编号已被使用</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="189"/>
        <location filename="../../app/customers.py" line="290"/>
        <location filename="../../app/customers.py" line="364"/>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="191"/>
        <source>Someone else changed this card after you opened it. Your changes were not saved; they are still in the form.</source>
        <translation>您打开这张资料卡后，有其他人修改了它。您的修改没有保存，仍保留在表单中。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="367"/>
        <source>Archive the customer first; only archived cards can be deleted.</source>
        <translation>请先将该客户归档；只有已归档的客户才能删除。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="373"/>
        <source>This customer has history and can only be archived, not deleted.</source>
        <translation>该客户已有往来记录，只能归档，不能删除。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="61"/>
        <source>Database URLs of the kind &apos;{scheme}&apos; are not supported yet. Give the path of a Kehu database file.</source>
        <extracomment>The schema this version of Kehu writes. Raise it with every migration.</extracomment>
        <translation>暂不支持“{scheme}”类型的数据库地址。请指定客户档案数据库文件的路径。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="74"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="83"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="89"/>
        <source>{path} is not a Kehu database (it is not an SQLite file, or it is damaged). Choose another file or restore a backup.</source>
        <translation>{path} 不是客户档案数据库（不是 SQLite 文件，或文件已损坏）。请选择其他文件，或恢复备份。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="191"/>
        <source>Cannot open {path}: {reason}. If the file is damaged, restore a backup.</source>
        <translation>无法打开 {path}：{reason}。如果文件已损坏，请恢复备份。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="125"/>
        <location filename="../../app/db.py" line="248"/>
        <source>This SQLite file was not made by Kehu (it has other tables). Choose a Kehu database or a new file name.</source>
        <extracomment>Below this many customers the planner does fine without statistics.</extracomment>
        <translation>这个 SQLite 文件不是客户档案创建的（含有其他数据表）。请选择客户档案数据库，或换一个新文件名。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="133"/>
        <location filename="../../app/db.py" line="274"/>
        <source>This database was written by a newer Kehu (schema {found}, this program knows up to {known}). Update Kehu to open it; the file was not changed.</source>
        <translation>此数据库由更新版本的客户档案创建（结构版本 {found}，本程序最高支持 {known}）。请升级客户档案后再打开；文件没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="152"/>
        <source>Cannot create the database {path}: {reason}</source>
        <translation>无法创建数据库 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="170"/>
        <source>The database {path} does not exist.</source>
        <translation>数据库 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="257"/>
        <source>The database has no schema version; it may be damaged.</source>
        <translation>数据库缺少结构版本信息，可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="315"/>
        <source>No migration from schema {version}.</source>
        <extracomment>version -&gt; step that brings a database from that version to the next.</extracomment>
        <translation>无法从结构版本 {version} 升级。</translation>
    </message>
    <message>
        <location filename="../../app/demo.py" line="1071"/>
        <source>Choose from 1 to {max} demo customers</source>
        <extracomment>Demo data is dated relative to this day (or today, if the clock is behind), so that the same seed gives the same file whenever it is made. Customers built and inserted per chunk; progress and cancel are checked between chunks. A resident ID region code python-stdnum accepts for every birth year, used when none of a city&apos;s codes existed in that year (codes come and go).</extracomment>
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
        <location filename="../../app/money.py" line="34"/>
        <location filename="../../app/money.py" line="57"/>
        <location filename="../../app/money.py" line="59"/>
        <source>Not an amount of money</source>
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
        <location filename="../../app/validation.py" line="74"/>
        <source>Contains invisible control characters; please type it again</source>
        <translation>含有看不见的控制字符，请重新输入</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="77"/>
        <source>Must be one line, without line breaks</source>
        <translation>只能填一行，不能换行</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="79"/>
        <source>Required: please fill it in</source>
        <translation>必填项，请填写</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="83"/>
        <source>Too long: at most {max} characters (now {length})</source>
        <translation>内容太长：最多 {max} 个字符（现在 {length} 个）</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="102"/>
        <location filename="../../app/validation.py" line="111"/>
        <source>Not a phone number: use digits, e.g. 13800138000</source>
        <translation>不是有效的电话号码：请输入数字，如 13800138000</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="117"/>
        <source>This number does not look valid; please check it</source>
        <translation>这个号码似乎无效，请核对</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="126"/>
        <source>This is not a mobile number</source>
        <translation>这不是手机号码</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="158"/>
        <source>Not an e-mail address, e.g. name@example.com</source>
        <translation>不是有效的电子邮箱地址，正确格式如 name@example.com</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="182"/>
        <source>A resident ID has 18 characters: 17 digits and a digit or X</source>
        <translation>身份证号为 18 位：前 17 位是数字，最后一位是数字或 X</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="190"/>
        <source>The check digit does not match: the ID may be mistyped</source>
        <translation>校验码不符，身份证号可能输错了</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="196"/>
        <source>The birth date or region in this ID is not possible: check it</source>
        <translation>该身份证号中的出生日期或地区码不存在，请核对</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="205"/>
        <source>The birth date in this ID is in the future: check it</source>
        <translation>该身份证号中的出生日期晚于今天，请核对</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="221"/>
        <source>A unified social credit code has 18 characters: digits and capital letters except I, O, Z, S, V</source>
        <translation>统一社会信用代码为 18 位，由数字和大写字母组成（不含 I、O、Z、S、V）</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="233"/>
        <source>The check character does not match: the code may be mistyped</source>
        <translation>校验位不符，信用代码可能输错了</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="240"/>
        <source>This code does not look valid; please check it</source>
        <translation>这个代码似乎无效，请核对</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="250"/>
        <source>A Chinese postcode has 6 digits, e.g. 100000</source>
        <translation>国内邮编为 6 位数字，如 100000</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="266"/>
        <source>Cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="281"/>
        <source>Must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="288"/>
        <source>Must be between {low} and {high}</source>
        <translation>须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="307"/>
        <source>Days of the month from 1 to 31, separated by commas</source>
        <translation>请填写每月的日期（1 到 31），多个日期用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="317"/>
        <source>Unknown choice: {value}</source>
        <translation>无效的选项：{value}</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="323"/>
        <source>Cannot be in the future</source>
        <translation>不能晚于今天</translation>
    </message>
</context>
</TS>

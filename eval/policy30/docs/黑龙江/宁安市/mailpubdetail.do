<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<title>信件详情_市长信箱_宁安市人民政府</title>
<link href="/jact/front/css/mail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/jact/front/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript">var sysid = "6"; var objectid = "3157021";</script>
</head>
<body>
<div class="head"><a href="http://www.ninganshi.gov.cn/">宁安市人民政府</a> &gt; 互动交流 &gt; 市长信箱</div>
<div class="mail_detail">
<table width="100%" border="0" cellspacing="1" cellpadding="0" class="mail_table">
<tr><td class="label" width="15%">信件编号</td><td>NA2026030400113</td>
  <td class="label" width="15%">信件类型</td><td>咨询</td></tr>
<tr><td class="label">信件标题</td><td colspan="3">小区地下人防车库对外开放，还做了老年活动室，一年能补贴多少？</td></tr>
<tr><td class="label">写信人</td><td>王**</td><td class="label">写信时间</td><td>2026-03-04 10:26:17</td></tr>
<tr><td class="label">信件内容</td><td colspan="3"><p>市长您好！我们物业公司管理的江南华府小区有一处地下人防工程，去年已经办了《人防工程平时使用证》。其中4500平方米做了公共停车场，全部对社会开放，每月停车费收入15000多元；另外拿出300平方米做了社区老年活动室，免费开放。防护设备也一直按要求维护，年度检查合格。请问按照市里的平战结合补贴办法，我们一年能拿到多少补贴？</p></td></tr>
<tr><td class="label">办理单位</td><td>宁安市人民防空办公室</td><td class="label">回复时间</td>
  <td>2026-03-11 16:02:45</td></tr>
<tr><td class="label">回复内容</td><td colspan="3"><p>您好！您的来信收悉。经市人防办核实，答复如下：</p><p>一、根据《宁安市地下人防工程平战结合开发利用补贴办法》，用作公共停车场并向社会开放的，按开放面积每平方米每年补贴10元，贵单位4500平方米可补贴45000元（未超过单个工程每年15万元的上限）。</p><p>二、用作社区养老等公益用途且免费开放的，每平方米每年补贴20元，300平方米可补贴6000元；防护设备设施维护保养达到要求的，另补维护费5000元。</p><p>三、以上合计，贵单位每年可获得补贴56000元。请于每年11月1日至11月30日向市人防办申报。另请注意，停车收费不得高于市发展和改革局核定的标准。</p><p>感谢您对人防工作的支持！</p></td></tr>
</table>
</div>
<div class="pj">满意度评价：<span>满意</span></div>
<div class="foot">宁安市人民政府办公室主办　黑ICP备06007542号</div>
<script type="text/javascript" src="/jact/front/js/visit.js"></script>
</body>
</html>

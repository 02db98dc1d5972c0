<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>莘县交通运输局关于开展2026年村级寄递物流综合服务站建设补助申报工作的通知-莘县人民政府</title>
<meta name="keywords" content="莘县人民政府,政务公开,办事服务">
<script type="text/javascript">var _hmt = _hmt || [];(function(){var hm=document.createElement("script");})();</script>
</head>
<body>
<form method="post" action="./ArticleShow.aspx?ArticleID=21857" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTU5NzQ3ODg3Mg9kFgICAw9kFgICAQ8WAh4EVGV4dAUG6I6Y5Y6/ZGQzqL1bXv2fK8nH0F1eN7Vq4sYp5A==" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="6C2B8F4A" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAMk2Wq9v8FzZPc8Qk4m0rYVx7n0Vd3nGmL4Kc3a0+qS8uV1o5Bj" />
</div>
<div class="topbar"><span>欢迎访问莘县人民政府门户网站！</span> <a href="#">简体</a>|<a href="#">繁體</a> <a>适老化服务</a> <a>无障碍浏览</a> <a>个人登录</a> <a>法人登录</a></div>
<div class="search"><input type="text" value="请输入关键字"> <a>搜索</a> 热门搜索：社保 医保 公积金 招聘</div>
<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>数据开放</li><li>专题专栏</li></ul>
<div class="weizhi">您当前的位置：首页 &gt; 部门信息 &gt; 县交通运输局</div>
<div class="article">
<h2 class="title">莘县交通运输局关于开展2026年村级寄递物流综合服务站建设补助申报工作的通知</h2>
<div class="info">发布时间：2026-04-20　来源：莘县交通运输局　【字体：大 中 小】　阅读量：<span id="count">2046</span>　<a>打印</a> <a>收藏</a></div>
<div class="content" id="zoom">
<p>各乡镇人民政府、街道办事处，各寄递企业：</p>
<p>为推进农村寄递物流体系建设，打通快递进村“最后一公里”，县交通运输局决定开展2026年村级寄递物流综合服务站建设补助申报工作。现将有关事项通知如下。</p>
<p>一、补助对象。依托村便民超市、村邮站、供销社网点等建设，实现邮政、快递、物流“一站多能”共同配送的村级寄递物流综合服务站，以及乡镇快递分拨中心。</p>
<p>二、补助标准。见下表。</p>
<p>三、申报时间。2026年5月1日至6月30日，由所在乡镇（街道）汇总后报县交通运输局。</p>
<p>四、建设要求。服务站应有不少于20平方米的固定场所，配备货架和视频监控，至少接入3家快递品牌。</p>
<div role="table" class="m-table" aria-label="补助标准">
  <div role="rowgroup">
  <div role="row" class="tr thead">
    <div role="columnheader" class="th">项目</div>
    <div role="columnheader" class="th">补助标准</div>
    <div role="columnheader" class="th">说明</div>
  </div>
  </div>
  <div role="rowgroup">
  <div role="row" class="tr">
    <div role="cell" class="td">村级寄递物流综合服务站</div>
    <div role="cell" class="td">每个服务站8000元</div>
    <div role="cell" class="td">一次性建设补助，验收合格后拨付</div>
  </div>
  <div role="row" class="tr">
    <div role="cell" class="td">村级寄递物流综合服务站运营</div>
    <div role="cell" class="td">每站每年2400元</div>
    <div role="cell" class="td">连续运营满12个月后按年拨付</div>
  </div>
  <div role="row" class="tr">
    <div role="cell" class="td">乡镇快递分拨中心</div>
    <div role="cell" class="td">每个5万元</div>
    <div role="cell" class="td">每个乡镇限1个</div>
  </div>
  </div>
</div>
<p>联系人：县交通运输局运输管理股　电话：0635-7321586</p>
<p>莘县交通运输局</p>
<p>2026年4月20日</p>
</div>
<div class="fx">分享到：微信 微博 QQ空间</div>
<div class="pagechange"><p>上一篇：关于2024年第三季度政府网站与政务新媒体检查情况的通报</p><p>下一篇：关于做好2024年防汛防台风工作的通知</p></div>
</div>
<div class="related"><h3>相关链接</h3><p>· 国务院客户端</p><p>· 政务服务“好差评”</p></div>
<div class="footer"><p>网站地图 | 联系我们 | 隐私声明</p><p>主办：莘县人民政府办公室　承办：莘县人民政府大数据中心</p><p>鲁ICP备05018243号　网站标识码：5201110003　公网安备 52011102000123号</p><p>您是本站第 8826511 位访问者</p></div>
</form>
</body></html>

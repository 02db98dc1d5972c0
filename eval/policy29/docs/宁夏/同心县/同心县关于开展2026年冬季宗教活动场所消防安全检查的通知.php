<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>同心县关于开展2026年冬季宗教活动场所消防安全检查的通知 - 同心县人民政府</title>
<meta name="keywords" content="宗教活动场所,消防安全检查" />
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><a href="/index.php">首页</a> <a href="/index.php?m=content&c=index&a=lists&catid=9">
政务公开</a> <a href="/index.php?m=content&c=index&a=lists&catid=21">通知公告</a></div>
<div class="crumbs"><a href="/">同心县人民政府</a><span> &gt; </span><a>通知公告</a> &gt; 正文</div>
<div id="Article">
<h1>同心县关于开展2026年冬季宗教活动场所消防安全检查的通知<br /><span>2026-10-20 15:46:21　来源：同心县安委会办公室　评论：<a href="#comment_iframe"
id="comment">0</a>条</span></h1>
<div class="content">
<p>各乡镇人民政府，县民族宗教事务局、县消防救援大队：</p>
<p>为做好冬季火灾防控工作，决定于2026年11月1日至11月30日在全县开展宗教活动场所消防安全检查。</p>
<p>一、检查内容。消防设施配备，电气线路，取暖用火用电，安全出口和疏散通道。</p>
<p>二、检查要求。每个场所每50平方米配备灭火器不少于2具；发现隐患的，当场督促整改，不能当场整改的限期10日内整改。</p>
<p>三、检查结果于12月10日前报县安委会办公室。</p>
<p>同心县安全生产委员会办公室</p>
<p>2026年10月20日</p>
</div>
<div class="page" id="pages"></div>
</div>
<script language="JavaScript" src="/api.php?op=count&id=1286&modelid=1"></script>
<div class="footer">同心县人民政府 版权所有 宁ICP备08000471号</div>
</body>
</html>

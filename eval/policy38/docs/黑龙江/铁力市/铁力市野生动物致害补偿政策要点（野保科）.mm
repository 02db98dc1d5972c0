<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node CREATED="1767225600000" ID="ID_1538270000" MODIFIED="1770000000000" TEXT="&#x94c1;&#x529b;&#x5e02;&#x91ce;&#x751f;&#x52a8;&#x7269;&#x81f4;&#x5bb3;&#x8865;&#x507f;&#x653f;&#x7b56;&#x8981;&#x70b9;">
<font BOLD="true" NAME="SansSerif" SIZE="18"/>
<hook NAME="accessories/plugins/AutomaticLayout.properties"/>
  <node CREATED="1767225661000" ID="ID_1538277919" MODIFIED="1770000047000" POSITION="right" TEXT="&#x8865;&#x507f;&#x8303;&#x56f4;">
    <node CREATED="1767225722000" ID="ID_1538285838" MODIFIED="1770000094000" TEXT="&#x4eba;&#x8eab;&#x4f24;&#x5bb3;&#xff1a;&#x6b7b;&#x4ea1;&#x3001;&#x4f24;&#x6b8b;&#x3001;&#x53d7;&#x4f24;"/>
    <node CREATED="1767225783000" ID="ID_1538293757" MODIFIED="1770000141000" TEXT="农作物：玉米、大豆、水稻、蔬菜、中药材">
      <richcontent TYPE="NOTE"><html>
        <head>

        </head>
        <body>
          <p>
            损失率不足10%的不补，申报前别收割
          </p>
        </body>
      </html>
      </richcontent>
    </node>
    <node CREATED="1767225844000" ID="ID_1538301676" MODIFIED="1770000188000" TEXT="家畜家禽：牛、马、猪、羊、家禽"/>
  </node>
  <node CREATED="1767225905000" ID="ID_1538309595" MODIFIED="1770000235000" POSITION="right" TEXT="报案">
    <node CREATED="1767225966000" ID="ID_1538317514" MODIFIED="1770000282000">
      <richcontent TYPE="NODE"><html>
        <head>

        </head>
        <body>
          <p>
            24小时报案电话：
          </p>
          <p>
            0458-8163729（市林草局值班室）
          </p>
        </body>
      </html>
      </richcontent>
    </node>
    <node CREATED="1767226027000" ID="ID_1538325433" MODIFIED="1770000329000" TEXT="书面申报：向乡镇政府申报，期限见《办法》第七条"/>
  </node>
  <node CREATED="1767226088000" ID="ID_1538333352" MODIFIED="1770000376000" POSITION="left" TEXT="&#x7535;&#x5b50;&#x56f4;&#x680f;&#x8865;&#x52a9;">
    <richcontent TYPE="NOTE"><html>
      <head>

      </head>
      <body>
        <p>
          2026年起实施，资金从市级野生动物保护经费中列支
        </p>
      </body>
    </html>
    </richcontent>
    <node CREATED="1767226149000" ID="ID_1538341271" MODIFIED="1770000423000" TEXT="&#x519c;&#x6237;&#x81ea;&#x5efa;&#x9632;&#x91ce;&#x732a;&#x7535;&#x5b50;&#x56f4;&#x680f;&#xff0c;&#x6309;&#x6bcf;&#x5ef6;&#x957f;&#x7c73;15&#x5143;&#x8865;&#x52a9;&#xff0c;&#x6bcf;&#x6237;&#x6700;&#x9ad8;3000&#x5143;"/>
    <node CREATED="1767226210000" ID="ID_1538349190" MODIFIED="1770000470000" TEXT="&#x5b89;&#x88c5;&#x540e;&#x5411;&#x4e61;&#x9547;&#x6797;&#x4e1a;&#x5de5;&#x4f5c;&#x7ad9;&#x7533;&#x8bf7;&#x9a8c;&#x6536;&#xff0c;&#x9a8c;&#x6536;&#x5408;&#x683c;&#x540e;&#x53d1;&#x653e;"/>
  </node>
  <node CREATED="1767226271000" ID="ID_1538357109" MODIFIED="1770000517000" POSITION="left" TEXT="防范提示">
    <node CREATED="1767226332000" ID="ID_1538365028" MODIFIED="1770000564000" TEXT="遇到黑熊不要靠近、不要投喂，慢慢后退"/>
    <node CREATED="1767226393000" ID="ID_1538372947" MODIFIED="1770000611000" TEXT="&#x591c;&#x95f4;&#x4e0d;&#x8981;&#x5355;&#x72ec;&#x8fdb;&#x5165;&#x6797;&#x533a;&#x91c7;&#x5c71;&#x8d27;"/>
  </node>
</node>
</map>

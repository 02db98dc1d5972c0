-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.68.21.17    Database: hz_zwfw
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `zwfw_liuyan`
--

DROP TABLE IF EXISTS `zwfw_liuyan`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `zwfw_liuyan` (
  `id` int unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `msg_no` varchar(32) NOT NULL COMMENT '工单编号',
  `caller` varchar(64) DEFAULT NULL COMMENT '来电人（脱敏）',
  `title` varchar(255) NOT NULL COMMENT '诉求标题',
  `content` text NOT NULL COMMENT '诉求内容',
  `reply` text COMMENT '答复内容',
  `reply_dept` varchar(100) DEFAULT NULL COMMENT '承办单位',
  `area` decimal(8,2) DEFAULT NULL COMMENT '房屋建筑面积，单位：平方米',
  `fee` decimal(10,2) DEFAULT NULL COMMENT '核定灭治费用，单位：元',
  `subsidy` decimal(10,2) DEFAULT NULL COMMENT '核定补助金额，单位：元',
  `created_at` datetime NOT NULL COMMENT '来电时间',
  `replied_at` datetime DEFAULT NULL COMMENT '答复时间',
  `status` tinyint NOT NULL DEFAULT '0' COMMENT '办理状态：0待办，1已办结',
  `visit_note` varchar(255) DEFAULT NULL COMMENT '回访记录',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_msg_no` (`msg_no`),
  KEY `idx_reply_dept` (`reply_dept`),
  KEY `idx_created_at` (`created_at`)
) ENGINE=InnoDB AUTO_INCREMENT=20391 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='12345热线留言工单（白蚁防治专题导出）';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `zwfw_liuyan`
--

LOCK TABLES `zwfw_liuyan` WRITE;
/*!40000 ALTER TABLE `zwfw_liuyan` DISABLE KEYS */;
INSERT INTO `zwfw_liuyan` VALUES (20311,'HZ2026041500318','陈**','家里木门框被白蚁蛀空了，找谁来灭？多久能来？','我家住河西街道的老房子，这几天发现厨房木门框一敲就空，里面有很多白色的小虫，邻居说是\"白蚁\"。\n请问应该找哪个部门？打什么电话？多久能上门？','您好！经了解，您反映的情况疑似白蚁危害，答复如下：\r\n1.请拨打化州市白蚁防治所服务电话0668-7362110预约，防治所接报后24小时内上门查勘；\r\n2.确认为白蚁危害的，3个工作日内实施灭治；\r\n3.灭治前请勿自行喷洒杀虫剂，以免白蚁转移扩散。\r\n感谢您的来电！','化州市住房和城乡建设局',NULL,NULL,NULL,'2026-04-15 09:12:40','2026-04-16 16:05:11',1,'已上门查勘，群众满意'),(20326,'HZ2026041700522','K\'哥','120平方米的老房子灭白蚁要多少钱？','我家是1998年建的两层砖混房，建筑面积120平方米，楼梯和木地板都发现了白蚁，想问灭一次要多少钱，有没有补助？\n我家不是低保户。','您好！根据《化州市既有房屋白蚁防治工作实施方案》，住宅白蚁灭治收费指导价为每平方米1.8元，按房屋建筑面积计。\r\n您家房屋建筑面积120平方米，灭治费用为120×1.8=216元。\r\n困难家庭补助只面向低保户、特困人员、防止返贫监测户和低保边缘家庭，您家不属于补助对象。','化州市住房和城乡建设局',120.00,216.00,0.00,'2026-04-17 10:30:02','2026-04-20 11:47:36',1,NULL),(20347,'HZ2026042200147','梁**','灭了白蚁第二年又有了，还要再交钱吗？','我家去年4月请防治所灭过白蚁，今年楼梯底下又有蚁路了。防治所的人说\"要重新交钱\"，请问保质期内复发也要收钱吗？','您好！根据化州市既有房屋白蚁灭治收费指导价，住宅灭治保质期为3年。您家于2025年4月实施灭治，目前仍在保质期内。\r\n保质期内复发的，由白蚁防治所免费复治，不再收取任何费用。\r\n我局已通知防治所于4月28日上门复治。','化州市住房和城乡建设局',NULL,NULL,NULL,'2026-04-22 08:47:55','2026-04-24 15:20:09',1,'已免费复治'),(20352,'HZ2026042300611','何**','晚上灯下飞很多带翅膀的虫子，是不是白蚁？','最近下雨后的晚上，客厅灯下飞来很多带翅膀的小虫，翅膀掉了一地，是不是白蚁？要不要紧？','您好！您看到的是白蚁分飞的有翅成虫。本地每年4月至6月是白蚁分飞高峰期，多在闷热的雨后傍晚出现。\r\n建议：傍晚关好纱窗，熄灭不必要的灯光；发现室内有分飞白蚁的，\r\n请拨打0668-7362110请防治所上门检查。','化州市住房和城乡建设局',NULL,NULL,NULL,'2026-04-23 21:03:18','2026-04-25 09:41:27',1,NULL),(20366,'HZ2026042700092','吴**','低保户灭白蚁要自己出钱吗？','我家是低保户，住的是90平方米的老房子，墙角有白蚁，灭白蚁自己要出钱吗？','您好！根据《化州市既有房屋白蚁防治工作实施方案》，低保户、特困人员自有住房实施白蚁灭治的，按灭治费用全额补助，每户上限600元。\r\n您家房屋90平方米，灭治费用为90×1.8=162元，由市财政全额补助并直接拨付白蚁防治单位，您家无需自付费用。\r\n请持低保证到所在镇（街道）提出申请。','化州市住房和城乡建设局',90.00,162.00,162.00,'2026-04-27 14:22:31','2026-04-29 10:08:44',1,NULL),(20371,'HZ2026042800430','匿名','橘州大道路灯晚上不亮','橘州大道中段有3盏路灯一直不亮，晚上走路很危险，现场照片见附件：D:\\照片\\路灯.jpg','您好！经现场核查，橘州大道中段3盏路灯因线路老化不亮，已于4月29日修复。感谢您的监督！','化州市城市管理和综合执法局',NULL,NULL,NULL,'2026-04-28 19:55:06','2026-04-29 17:32:50',1,NULL),(20388,'HZ2026051800275','黄**','学校宿舍有白蚁，谁出钱灭？','我小孩读书的学校宿舍楼木门有白蚁，学校说要家长分摊灭治费用，合理吗？',NULL,'化州市教育局',NULL,NULL,NULL,'2026-05-18 11:40:19',NULL,0,NULL);
/*!40000 ALTER TABLE `zwfw_liuyan` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-05-20  2:30:11

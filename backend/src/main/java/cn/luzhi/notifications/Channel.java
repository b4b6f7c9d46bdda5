package cn.luzhi.notifications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationChannel", description = "IN_APP 站内消息 / EMAIL 电子邮件")
public enum Channel { IN_APP, EMAIL }

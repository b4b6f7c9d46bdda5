package cn.luzhi.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Grade", description = "EXCELLENT 优秀 / COMPETENT 称职 / BASIC 基本称职 / INCOMPETENT 不称职")
public enum Grade {
    EXCELLENT, COMPETENT, BASIC, INCOMPETENT
}

"""The integrated smart city plan: projects (a register), their budget lines and pair decisions."""

from app.models.plan.budget import EVERY_YEAR, PAIR_DECISIONS, PlanBudgetLine, PlanPairDecision, plan_province_summary
from app.models.plan.project import (
    AGENCY_KINDS,
    BUDGET_SOURCES,
    MONEY_COLUMNS,
    PLAN_FIELDS,
    PLAN_STATUSES,
    SOURCE_CODES,
    STATUS_FLOW,
    PlanProject,
    plan_project_dimension,
    plan_project_province,
)

__all__ = ["AGENCY_KINDS", "BUDGET_SOURCES", "EVERY_YEAR", "MONEY_COLUMNS", "PAIR_DECISIONS", "PLAN_FIELDS",
           "PLAN_STATUSES", "SOURCE_CODES", "STATUS_FLOW", "PlanBudgetLine", "PlanPairDecision", "PlanProject",
           "plan_project_dimension", "plan_project_province", "plan_province_summary"]

"""Every model of the application, in dependency order (for the schema freeze and tests)."""
from app.audit.models import AuditEntry
from app.docs.models import DocumentNumber, TemplateOverride
from app.draw.models import AlternateUse, Draw, DrawFrame, Inspection, Plan, Task
from app.match.models import Assignment, InstitutionAssignment, Match, Replacement
from app.publish.models import PublicationExport, ReceivedFile
from app.registers.models import (
                                  AvoidancePair,
                                  CatalogueItem,
                                  Enterprise,
                                  HeaderMapping,
                                  ImportIssue,
                                  Inspector,
                                  Institution,
                                  Register,
                                  RegisterVersion,
)
from app.results.models import Package, ResultBatch, ResultRevision
from app.settings.models import Setting

ALL_MODELS = [
    Setting, AuditEntry,
    Register, RegisterVersion, Enterprise, Inspector, AvoidancePair, Institution, CatalogueItem, ImportIssue,
    HeaderMapping,
    Plan, Task, Draw, DrawFrame, Inspection, AlternateUse,
    Match, Assignment, Replacement, InstitutionAssignment,
    DocumentNumber, TemplateOverride,
    Package, ResultBatch, ResultRevision,
    ReceivedFile, PublicationExport,
]

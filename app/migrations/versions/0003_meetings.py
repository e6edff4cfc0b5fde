"""Meetings: committees and their members, meetings, attendance, other attendees, the agenda tree,
the cities an agenda item certifies, and the action items that resolutions assign.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "committee",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=True),
        sa.Column("numbering", sa.String(length=20), nullable=False),
        sa.Column("quorum_numerator", sa.Integer(), nullable=False),
        sa.Column("quorum_denominator", sa.Integer(), nullable=False),
        sa.Column("quorum_rule", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee")),
        sa.UniqueConstraint("name", name=op.f("uq_committee_name")),
    )
    op.create_table(
        "committee_member",
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=30), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=True),
        sa.Column("job_title", sa.String(length=300), nullable=True),
        sa.Column("ex_officio_office", sa.String(length=300), nullable=True),
        sa.Column("from_on", sa.Date(), nullable=True),
        sa.Column("to_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"], ["committee.id"],
            name=op.f("fk_committee_member_committee_id_committee"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_member")),
    )
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_member_committee_id"), ["committee_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("year_be", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("recording_style", sa.String(length=20), nullable=False),
        sa.Column("minute_taker_name", sa.String(length=200), nullable=True),
        sa.Column("minute_taker_position", sa.String(length=300), nullable=True),
        sa.Column("checker_name", sa.String(length=200), nullable=True),
        sa.Column("checker_position", sa.String(length=300), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("certified_by_id", sa.Integer(), nullable=True),
        sa.Column("certified_on", sa.Date(), nullable=True),
        sa.Column("corrections", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["certified_by_id"], ["meeting.id"], name=op.f("fk_meeting_certified_by_id_meeting")),
        sa.ForeignKeyConstraint(
            ["chair_id"], ["committee_member.id"],
            name=op.f("fk_meeting_chair_id_committee_member"),
        ),
        sa.ForeignKeyConstraint(["committee_id"], ["committee.id"], name=op.f("fk_meeting_committee_id_committee")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("committee_id", "year_be", "number", name=op.f("uq_meeting_number")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_certified_by_id"), ["certified_by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_chair_id"), ["chair_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_committee_id"), ["committee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_held_on"), ["held_on"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("item_type", sa.String(length=20), nullable=True),
        sa.Column("background", sa.Text(), nullable=True),
        sa.Column("proposal", sa.Text(), nullable=True),
        sa.Column("documents", sa.Text(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["agenda_item.id"],
            name=op.f("fk_agenda_item_parent_id_agenda_item"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "meeting_attendance",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("absence_reason", sa.String(length=300), nullable=True),
        sa.Column("substitute_name", sa.String(length=200), nullable=True),
        sa.Column("substitute_position", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"],
            name=op.f("fk_meeting_attendance_meeting_id_meeting"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["committee_member.id"],
            name=op.f("fk_meeting_attendance_member_id_committee_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendance")),
        sa.UniqueConstraint("meeting_id", "member_id", name=op.f("uq_meeting_attendance_member")),
    )
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_attendance_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_attendance_member_id"), ["member_id"], unique=False)

    op.create_table(
        "meeting_guest",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=True),
        sa.Column("organisation", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"],
            name=op.f("fk_meeting_guest_meeting_id_meeting"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_guest")),
    )
    with op.batch_alter_table("meeting_guest", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_guest_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("agency", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("progress", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"], ["agenda_item.id"],
            name=op.f("fk_action_item_agenda_item_id_agenda_item"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_agency"), ["agency"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_agenda_item_id"), ["agenda_item_id"], unique=False)

    op.create_table(
        "agenda_item_city",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("city_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"], ["agenda_item.id"],
            name=op.f("fk_agenda_item_city_agenda_item_id_agenda_item"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["city_id"], ["city.id"],
            name=op.f("fk_agenda_item_city_city_id_city"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agenda_item_id", "city_id", name=op.f("pk_agenda_item_city")),
    )
    with op.batch_alter_table("agenda_item_city", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_city_city_id"), ["city_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("agenda_item_city", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_city_city_id"))

    op.drop_table("agenda_item_city")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_agenda_item_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_agency"))

    op.drop_table("action_item")
    with op.batch_alter_table("meeting_guest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_guest_meeting_id"))

    op.drop_table("meeting_guest")
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendance_member_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_attendance_meeting_id"))

    op.drop_table("meeting_attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_parent_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_held_on"))
        batch_op.drop_index(batch_op.f("ix_meeting_committee_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_chair_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_certified_by_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_member_committee_id"))

    op.drop_table("committee_member")
    op.drop_table("committee")

"""The integrated smart city plan: projects (the fifth register) with their provinces and smart dimensions,
budget lines by fiscal year and source (amounts in integer satang), and the secretary's decisions on pairs
of projects the duplicate check suspected.

Revision ID: 0009
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the dashboard's counts read these indexes alone: zones by status, cities by the end of their emblem
    with op.batch_alter_table('promotion_zone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promotion_zone_status'), ['status'], unique=False)
    with op.batch_alter_table('city', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_city_emblem_valid_until'), ['emblem_valid_until'], unique=False)
    op.create_table('plan_project',
    sa.Column('code', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=400), nullable=False),
    sa.Column('agency', sa.String(length=300), nullable=False),
    sa.Column('agency_kind', sa.String(length=20), nullable=False),
    sa.Column('city_id', sa.Integer(), nullable=True),
    sa.Column('zone_id', sa.Integer(), nullable=True),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('end_year', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('requested_total', sa.BigInteger(), nullable=False),
    sa.Column('allocated_total', sa.BigInteger(), nullable=False),
    sa.Column('requested_gov', sa.BigInteger(), nullable=False),
    sa.Column('requested_local', sa.BigInteger(), nullable=False),
    sa.Column('requested_province', sa.BigInteger(), nullable=False),
    sa.Column('requested_boi', sa.BigInteger(), nullable=False),
    sa.Column('requested_other', sa.BigInteger(), nullable=False),
    sa.Column('allocated_gov', sa.BigInteger(), nullable=False),
    sa.Column('allocated_local', sa.BigInteger(), nullable=False),
    sa.Column('allocated_province', sa.BigInteger(), nullable=False),
    sa.Column('allocated_boi', sa.BigInteger(), nullable=False),
    sa.Column('allocated_other', sa.BigInteger(), nullable=False),
    sa.Column('resolution', sa.String(length=300), nullable=True),
    sa.Column('kpis', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['city_id'], ['city.id'], name=op.f('fk_plan_project_city_id_city')),
    sa.ForeignKeyConstraint(['zone_id'], ['promotion_zone.id'], name=op.f('fk_plan_project_zone_id_promotion_zone')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_project'))
    )
    with op.batch_alter_table('plan_project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_project_agency'), ['agency'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_project_city_id'), ['city_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_project_fiscal_year'), ['fiscal_year'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_project_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_project_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_project_zone_id'), ['zone_id'], unique=False)

    op.create_table('plan_budget_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('requested', sa.BigInteger(), nullable=False),
    sa.Column('allocated', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['plan_project.id'], name=op.f('fk_plan_budget_line_project_id_plan_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_budget_line')),
    sa.UniqueConstraint('project_id', 'fiscal_year', 'source', name=op.f('uq_plan_budget_line_project_id'))
    )
    with op.batch_alter_table('plan_budget_line', schema=None) as batch_op:
        batch_op.create_index('ix_plan_budget_line_sums', ['fiscal_year', 'source', 'requested', 'allocated'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_plan_budget_line_project_id'), ['project_id'], unique=False)

    op.create_table('plan_pair_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_id', sa.Integer(), nullable=False),
    sa.Column('second_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('kept_id', sa.Integer(), nullable=True),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['first_id'], ['plan_project.id'], name=op.f('fk_plan_pair_decision_first_id_plan_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['second_id'], ['plan_project.id'], name=op.f('fk_plan_pair_decision_second_id_plan_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_pair_decision')),
    sa.UniqueConstraint('first_id', 'second_id', name=op.f('uq_plan_pair_decision_first_id'))
    )
    with op.batch_alter_table('plan_pair_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_pair_decision_first_id'), ['first_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_pair_decision_second_id'), ['second_id'], unique=False)

    op.create_table('plan_project_dimension',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('dimension_code', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['dimension_code'], ['smart_dimension.code'], name=op.f('fk_plan_project_dimension_dimension_code_smart_dimension')),
    sa.ForeignKeyConstraint(['project_id'], ['plan_project.id'], name=op.f('fk_plan_project_dimension_project_id_plan_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'dimension_code', name=op.f('pk_plan_project_dimension'))
    )
    op.create_table('plan_project_province',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('province_code', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['plan_project.id'], name=op.f('fk_plan_project_province_project_id_plan_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['province_code'], ['province.code'], name=op.f('fk_plan_project_province_province_code_province')),
    sa.PrimaryKeyConstraint('project_id', 'province_code', name=op.f('pk_plan_project_province'))
    )
    with op.batch_alter_table('plan_project_province', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_project_province_province_code'), ['province_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('city', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_city_emblem_valid_until'))
    with op.batch_alter_table('promotion_zone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promotion_zone_status'))
    with op.batch_alter_table('plan_project_province', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_project_province_province_code'))

    op.drop_table('plan_project_province')
    op.drop_table('plan_project_dimension')
    with op.batch_alter_table('plan_pair_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_pair_decision_second_id'))
        batch_op.drop_index(batch_op.f('ix_plan_pair_decision_first_id'))

    op.drop_table('plan_pair_decision')
    with op.batch_alter_table('plan_budget_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_budget_line_project_id'))
        batch_op.drop_index('ix_plan_budget_line_sums')

    op.drop_table('plan_budget_line')
    with op.batch_alter_table('plan_project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_project_zone_id'))
        batch_op.drop_index(batch_op.f('ix_plan_project_status'))
        batch_op.drop_index(batch_op.f('ix_plan_project_name'))
        batch_op.drop_index(batch_op.f('ix_plan_project_fiscal_year'))
        batch_op.drop_index(batch_op.f('ix_plan_project_city_id'))
        batch_op.drop_index(batch_op.f('ix_plan_project_agency'))

    op.drop_table('plan_project')

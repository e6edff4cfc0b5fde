"""Initial registers: provinces, dimensions, cities, zones, ambassadors, ASCN partnerships.

Revision ID: 0001
Revises: 
Create Date: 2026-11-29 04:22:12.528693
"""

import sqlalchemy as sa
from alembic import op

from app.registers.reference import load_dimensions, load_provinces


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('city',
    sa.Column('name_th', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=True),
    sa.Column('developer', sa.String(length=300), nullable=False),
    sa.Column('developer_kind', sa.String(length=40), nullable=True),
    sa.Column('city_type', sa.String(length=20), nullable=False),
    sa.Column('certified_on', sa.Date(), nullable=True),
    sa.Column('approved_by', sa.String(length=300), nullable=True),
    sa.Column('approved_meeting', sa.String(length=300), nullable=True),
    sa.Column('emblem_issued_on', sa.Date(), nullable=True),
    sa.Column('emblem_valid_until', sa.Date(), nullable=True),
    sa.Column('boi_area', sa.String(length=20), nullable=True),
    sa.Column('boi_system', sa.String(length=20), nullable=True),
    sa.Column('area_km2', sa.Float(), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_city'))
    )
    with op.batch_alter_table('city', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_city_name_th'), ['name_th'], unique=False)

    op.create_table('province',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name_th', sa.String(length=80), nullable=False),
    sa.Column('name_en', sa.String(length=80), nullable=False),
    sa.Column('region_en', sa.String(length=40), nullable=False),
    sa.Column('region_th', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_province'))
    )
    op.create_table('smart_dimension',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name_en', sa.String(length=80), nullable=False),
    sa.Column('name_th', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_smart_dimension'))
    )
    op.bulk_insert(sa.table('province', *(sa.column(c) for c in
                   ('code', 'name_th', 'name_en', 'region_en', 'region_th'))), list(load_provinces()))
    op.bulk_insert(sa.table('smart_dimension', *(sa.column(c) for c in ('code', 'name_en', 'name_th'))),
                   list(load_dimensions()))
    op.create_table('ascn_partnership',
    sa.Column('partner', sa.String(length=300), nullable=False),
    sa.Column('partner_country', sa.String(length=100), nullable=False),
    sa.Column('province', sa.String(length=8), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('focus_areas', sa.String(length=500), nullable=False),
    sa.Column('lead_agency', sa.String(length=300), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['province'], ['province.code'], name=op.f('fk_ascn_partnership_province_province')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ascn_partnership'))
    )
    with op.batch_alter_table('ascn_partnership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ascn_partnership_partner'), ['partner'], unique=False)
        batch_op.create_index(batch_op.f('ix_ascn_partnership_province'), ['province'], unique=False)

    op.create_table('city_dimension',
    sa.Column('city_id', sa.Integer(), nullable=False),
    sa.Column('dimension_code', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['city_id'], ['city.id'], name=op.f('fk_city_dimension_city_id_city'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dimension_code'], ['smart_dimension.code'], name=op.f('fk_city_dimension_dimension_code_smart_dimension')),
    sa.PrimaryKeyConstraint('city_id', 'dimension_code', name=op.f('pk_city_dimension'))
    )
    op.create_table('city_province',
    sa.Column('city_id', sa.Integer(), nullable=False),
    sa.Column('province_code', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['city_id'], ['city.id'], name=op.f('fk_city_province_city_id_city'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['province_code'], ['province.code'], name=op.f('fk_city_province_province_code_province')),
    sa.PrimaryKeyConstraint('city_id', 'province_code', name=op.f('pk_city_province'))
    )
    op.create_table('promotion_zone',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('province', sa.String(length=8), nullable=False),
    sa.Column('declared_on', sa.Date(), nullable=True),
    sa.Column('batch', sa.Integer(), nullable=True),
    sa.Column('receiving_org', sa.String(length=300), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('city_id', sa.Integer(), nullable=True),
    sa.Column('progress_notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['city_id'], ['city.id'], name=op.f('fk_promotion_zone_city_id_city')),
    sa.ForeignKeyConstraint(['province'], ['province.code'], name=op.f('fk_promotion_zone_province_province')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_zone'))
    )
    with op.batch_alter_table('promotion_zone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promotion_zone_city_id'), ['city_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_promotion_zone_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_promotion_zone_province'), ['province'], unique=False)

    op.create_table('ambassador',
    sa.Column('cohort', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('province', sa.String(length=8), nullable=False),
    sa.Column('zone_id', sa.Integer(), nullable=True),
    sa.Column('city_id', sa.Integer(), nullable=True),
    sa.Column('organisation', sa.String(length=300), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('consent_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['city_id'], ['city.id'], name=op.f('fk_ambassador_city_id_city')),
    sa.ForeignKeyConstraint(['province'], ['province.code'], name=op.f('fk_ambassador_province_province')),
    sa.ForeignKeyConstraint(['zone_id'], ['promotion_zone.id'], name=op.f('fk_ambassador_zone_id_promotion_zone')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ambassador'))
    )
    with op.batch_alter_table('ambassador', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ambassador_city_id'), ['city_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ambassador_cohort'), ['cohort'], unique=False)
        batch_op.create_index(batch_op.f('ix_ambassador_full_name'), ['full_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_ambassador_province'), ['province'], unique=False)
        batch_op.create_index(batch_op.f('ix_ambassador_zone_id'), ['zone_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('ambassador', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ambassador_zone_id'))
        batch_op.drop_index(batch_op.f('ix_ambassador_province'))
        batch_op.drop_index(batch_op.f('ix_ambassador_full_name'))
        batch_op.drop_index(batch_op.f('ix_ambassador_cohort'))
        batch_op.drop_index(batch_op.f('ix_ambassador_city_id'))

    op.drop_table('ambassador')
    with op.batch_alter_table('promotion_zone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promotion_zone_province'))
        batch_op.drop_index(batch_op.f('ix_promotion_zone_name'))
        batch_op.drop_index(batch_op.f('ix_promotion_zone_city_id'))

    op.drop_table('promotion_zone')
    op.drop_table('city_province')
    op.drop_table('city_dimension')
    with op.batch_alter_table('ascn_partnership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ascn_partnership_province'))
        batch_op.drop_index(batch_op.f('ix_ascn_partnership_partner'))

    op.drop_table('ascn_partnership')
    op.drop_table('smart_dimension')
    op.drop_table('province')
    with op.batch_alter_table('city', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_city_name_th'))

    op.drop_table('city')

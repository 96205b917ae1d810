import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { InspectionKind as InspectionKindValue } from '@flagship/drizzle';
import { Connection } from '../../core/connection';
import { InspectionKind } from '../../core/enums';
import { DateScalar } from '../../core/scalars';
import { ChecklistItem, toChecklistItem } from '../checklists/checklists.types';
import type { ChecklistItemRow } from '../checklists/checklists.repository';
import type { FindingRow, InspectionItemRow, InspectionRow } from './inspections.repository';

@ObjectType({ description: '督促检查（定期检查、不定期抽查由督查员开展；自查由单位开展）' })
export class Inspection {
  @Field(() => ID)
  id!: string;

  @Field(() => InspectionKind)
  kind!: InspectionKindValue;

  @Field(() => DateScalar, { description: '检查日期' })
  date!: string;

  @Field(() => Float, { description: '得分（各检查项得分之和）' })
  score!: number;

  @Field(() => Float, { description: '满分（所用检查表版本各项满分之和）' })
  maxScore!: number;

  @Field(() => String, { nullable: true, description: '总体评价' })
  summary!: string | null;

  @Field(() => Int, { description: '所用检查表的版本' })
  templateVersion!: number;

  @Field(() => Date)
  createdAt!: Date;

  brandId!: string | null;
  unitId!: string;
  inspectorId!: string | null;
  templateId!: string;
}

export const InspectionConnection = Connection('Inspection', Inspection);

@ObjectType({ description: '某一检查项的得分' })
export class InspectionItem {
  @Field(() => ChecklistItem, { description: '检查项（检查时所用版本的名称和满分）' })
  item!: ChecklistItem;

  @Field(() => Float)
  score!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: '检查发现问题；每个问题生成一条整改事项' })
export class Finding {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  problem!: string;

  @Field(() => Int, { description: '序号（从 0 开始）' })
  position!: number;

  inspectionId!: string;
}

export function toInspection(row: InspectionRow): Inspection {
  return Object.assign(new Inspection(), {
    id: row.id,
    kind: row.kind,
    date: row.date,
    score: row.score,
    maxScore: row.maxScore,
    summary: row.summary,
    templateVersion: row.templateVersion,
    createdAt: row.createdAt,
    brandId: row.brandId,
    unitId: row.unitId,
    inspectorId: row.inspectorId,
    templateId: row.templateId,
  });
}

export function toInspectionItem(r: { scored: InspectionItemRow; item: ChecklistItemRow }): InspectionItem {
  return Object.assign(new InspectionItem(), {
    item: toChecklistItem(r.item),
    score: r.scored.score,
    note: r.scored.note,
  });
}

export function toFinding(row: FindingRow): Finding {
  return Object.assign(new Finding(), row);
}

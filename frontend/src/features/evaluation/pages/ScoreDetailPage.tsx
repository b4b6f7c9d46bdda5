/** 得分明细: one deputy's score of a year, every point with the records that earned it (a deputy sees their own). */
import { Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '@/components/PageTitle';
import { NotFound } from '@/components/ResultPages';
import { useScoreDetail } from '../api/evaluation';
import { ScoreBreakdown } from '../components/ScoreBreakdown';
import { yearOf } from '../components/EvaluationParts';

export default function ScoreDetailPage() {
  const { t } = useTranslation();
  const { deputyId: raw } = useParams();
  const [sp] = useSearchParams();
  const year = yearOf(sp.get('year'));
  const deputyId = raw && /^\d+$/.test(raw) ? Number(raw) : null;
  const detail = useScoreDetail(deputyId, year);
  if (deputyId === null) return <NotFound />;
  const name = detail.data?.score.name;
  return (
    <>
      <PageTitle
        title={name ? t('evaluation.breakdown.title', { name, year }) : t('nav.evaluationScoreDetail')}
        extra={
          <Link to={`/evaluation/dossiers/${deputyId}?year=${year}`}>
            <Button icon={<ArrowLeftOutlined aria-hidden />}>{t('evaluation.breakdown.back')}</Button>
          </Link>
        }
      />
      <ScoreBreakdown deputyId={deputyId} year={year} />
    </>
  );
}

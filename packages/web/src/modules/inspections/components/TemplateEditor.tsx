// Editing a checklist (admin): each item's area, requirement, legal basis, severity hint and — when the item is one of
// the 20 重大隐患 criteria — which one. Saving makes a new version; inspections keep the version they used.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { enterpriseTypes, severityHints } from '@hazgov/domain/inspections/types';
import type { MajorCriterion } from '@hazgov/domain/hidden-dangers/types';
import { FormDrawer } from '../../shared/components/FormDrawer';
import { useFormSave } from '../../shared/hooks/use-form-save';
import { inspectionsApi } from '../api/inspections.api';
import type { Template, TemplateInput } from '../api/inspections.types';
import { placeErrors } from '../utils/place-errors';

export function TemplateEditor({ template, criteria, onClose, onSaved }: {
  template: Template | null; criteria: MajorCriterion[]; onClose: () => void; onSaved: (t: Template) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TemplateInput>();
  const { busy, problem, save } = useFormSave(form, (e) => placeErrors(form, e, (p) => ['enterpriseType', 'name', 'nameEn', 'items'].includes(String(p[0]))));
  const initial: Partial<TemplateInput> = template
    ? { enterpriseType: template.enterpriseType, name: template.name, nameEn: template.nameEn ?? '', items: template.items.map(({ area, content, legalBasis, severityHint, majorCriterion }) => ({ area, content, legalBasis, severityHint, majorCriterion })) }
    : { enterpriseType: 'production', items: [{ area: '', content: '', legalBasis: '', severityHint: 'general', majorCriterion: null }] };
  const onSave = () => save(async (v) => {
    const body: TemplateInput = { ...v, items: (v.items ?? []).map((i) => ({ ...i, majorCriterion: i.majorCriterion || null })) };
    if (!body.nameEn) delete body.nameEn;
    onSaved(template ? await inspectionsApi.updateTemplate(template.id, body) : await inspectionsApi.createTemplate(body));
  });
  const required = [{ required: true, whitespace: true, message: t('inspections.plans.required') }];
  return (
    <FormDrawer open onClose={onClose} width={760} busy={busy} onSave={() => void onSave()} problem={problem}
      title={template ? t('inspections.templates.editTitle', { version: template.version + 1 }) : t('inspections.templates.create')}
      testIds={{ drawer: 'template-drawer', save: 'template-save', problem: 'template-problem' }}>
      <Form form={form} layout="vertical" initialValues={initial}>
        <Space wrap align="start">
          <Form.Item name="enterpriseType" label={t('inspections.templates.type')} rules={required}>
            <Select style={{ width: 180 }} disabled={!!template} options={enterpriseTypes.map((k) => ({ value: k, label: t(`inspections.enterpriseType.${k}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('inspections.templates.name')} rules={required}><Input style={{ width: 260 }} maxLength={200} /></Form.Item>
          <Form.Item name="nameEn" label={t('inspections.templates.nameEn')}><Input style={{ width: 220 }} maxLength={200} /></Form.Item>
        </Space>
        <Form.List name="items">
          {(fields, { add, remove, move }) => (
            <>
              {fields.map((f, i) => (
                <Card key={f.key} size="small" style={{ marginBottom: 8 }} title={`${i + 1}`} data-testid="template-item"
                  extra={<Space size={4}>
                    <Button size="small" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('inspections.templates.up')}>↑</Button>
                    <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('inspections.templates.remove')} />
                  </Space>}>
                  <Space wrap align="start">
                    <Form.Item name={[f.name, 'area']} label={t('inspections.templates.area')} rules={required}><Input style={{ width: 180 }} maxLength={100} /></Form.Item>
                    <Form.Item name={[f.name, 'severityHint']} label={t('inspections.templates.severity')}>
                      <Select style={{ width: 120 }} options={severityHints.map((s) => ({ value: s, label: t(`inspections.severity.${s}`) }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'majorCriterion']} label={t('inspections.templates.criterion')}>
                      <Select style={{ width: 300 }} allowClear popupMatchSelectWidth={false}
                        options={criteria.map((c) => ({ value: c.key, label: `${c.key} ${c.text.slice(0, 40)}${c.text.length > 40 ? '…' : ''}` }))} />
                    </Form.Item>
                  </Space>
                  <Form.Item name={[f.name, 'content']} label={t('inspections.templates.content')} rules={required}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'legalBasis']} label={t('inspections.templates.basis')} rules={required} style={{ marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
                  </Form.Item>
                </Card>
              ))}
              <Button block icon={<PlusOutlined />} onClick={() => add({ area: '', content: '', legalBasis: '', severityHint: 'general', majorCriterion: null })}>
                {t('inspections.templates.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}

import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../lib/forms';

interface UserSearchFormProps {
  initialSearch: string;
  onSearch: (search: string) => void;
}

export function UserSearchForm({ initialSearch, onSearch }: UserSearchFormProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(initialSearch);
  return (
    <form
      role="search"
      className="search-row"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(search.trim().slice(0, 100));
      }}
    >
      <Textfield
        id={fieldId('userSearch', 'search')}
        label={t('users.search.label')}
        type="search"
        maxLength={100}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <Button type="submit" variant="secondary">
        {t('users.search.submit')}
      </Button>
    </form>
  );
}
